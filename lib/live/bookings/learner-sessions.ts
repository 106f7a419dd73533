// What a learner (or their parent, for a child) sees: the sessions ahead they may book — their
// MEMBERS groups, OPEN groups of courses they are enrolled in, free slots of those courses — each
// with their own booking state, seats left and whether they may still cancel.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { canCancelBooking, DEFAULT_CANCEL_CUTOFF_HOURS } from '@/lib/live/rules/windows';
import { seatsLeft } from '@/lib/live/rules/capacity';
import { mayActFor, type LiveViewer } from '@/lib/live/access';

export type LearnerSession = {
  sessionId: string;
  title: string | null; // null: an individual slot
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  seatsLeft: number;
  booking: { status: 'BOOKED' | 'WAITING'; kind: 'REGULAR' | 'MAKEUP' | 'SLOT'; charge: string } | null;
  mayCancel: boolean;
};

export async function sessionsForLearner(
  actor: LiveViewer,
  learnerId: string,
  now = currentTime(),
  until = new Date(now.getTime() + 60 * 86_400_000),
): Promise<LearnerSession[]> {
  if (!(await mayActFor(db(), actor, learnerId))) throw new NotFoundError('learner');
  const enrolled = await db().enrolment.findMany({
    where: {
      userId: learnerId,
      status: 'ACTIVE',
      startsAt: { lte: now },
      OR: [{ endsAt: null }, { endsAt: { gt: now } }],
    },
    select: { courseId: true },
  });
  const courseIds = enrolled.map((e) => e.courseId);
  const rows = await db().liveSession.findMany({
    where: {
      status: 'SCHEDULED',
      startsAt: { gt: now, lt: until },
      OR: [
        { bookings: { some: { userId: learnerId, status: { in: ['BOOKED', 'WAITING'] } } } },
        { group: { cancelledAt: null, bookingMode: 'MEMBERS', members: { some: { userId: learnerId } } } },
        { group: { cancelledAt: null, bookingMode: 'OPEN', courseId: { in: courseIds } } },
        { groupId: null, courseId: { in: courseIds }, taken: 0 },
      ],
    },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      taken: true,
      group: { select: { title: true, place: true, cancelCutoffHours: true } },
      bookings: {
        where: { userId: learnerId, status: { in: ['BOOKED', 'WAITING'] } },
        select: { status: true, kind: true, charge: true },
      },
    },
  });
  return rows.map((r) => {
    const b = r.bookings[0] ?? null;
    const cutoff = r.group?.cancelCutoffHours ?? DEFAULT_CANCEL_CUTOFF_HOURS;
    return {
      sessionId: r.id,
      title: r.group?.title ?? null,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      place: r.group?.place ?? null,
      seatsLeft: seatsLeft(r.capacity, r.taken),
      booking: b && b.status !== 'CANCELLED' ? { status: b.status, kind: b.kind, charge: b.charge } : null,
      mayCancel: b?.status === 'WAITING' || (b?.status === 'BOOKED' && canCancelBooking(r.startsAt, cutoff, now)),
    };
  });
}
