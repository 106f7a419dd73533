// Individual lessons: a teacher publishes availability as consecutive slots of the product's
// length (razem's 15-minute conversations, Premium tutoring); each slot is a group-less session of
// one seat, so booking, rooms, reminders and the calendar work as for classes. An entitled
// learner (active enrolment in the slot's course) books it with bookSession.
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError } from '@/lib/errors';
import { db } from '@/lib/db/client';
import { requireLive, type LiveViewer } from '@/lib/live/access';
import { refuseTeacherClash } from '@/lib/live/sessions/teacher-clash';
import { liveTransaction } from '@/lib/live/tx';

export async function publishSlots(
  teacher: LiveViewer,
  input: { courseId: string; from: Date; to: Date; minutes: number },
  now = currentTime(),
): Promise<string[]> {
  requireLive(teacher, 'live:teach');
  const { minutes } = input;
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240)
    throw new UserError('liveEngine.slotBadLength', { minutes: 'liveEngine.slotBadLength' });
  if (input.from.getTime() <= now.getTime())
    throw new UserError('live.move.in-the-past', { from: 'live.move.in-the-past' });
  const spans: { startsAt: Date; endsAt: Date }[] = [];
  for (let t = input.from.getTime(); t + minutes * 60_000 <= input.to.getTime(); t += minutes * 60_000)
    spans.push({ startsAt: new Date(t), endsAt: new Date(t + minutes * 60_000) });
  if (spans.length === 0) throw new UserError('liveEngine.slotRangeTooShort', { to: 'liveEngine.slotRangeTooShort' });
  return liveTransaction(async (tx) => {
    await refuseTeacherClash(tx, teacher.id, spans);
    const ids: string[] = [];
    for (const s of spans) {
      const row = await tx.liveSession.create({
        data: { teacherId: teacher.id, courseId: input.courseId, capacity: 1, ...s },
        select: { id: true },
      });
      ids.push(row.id);
    }
    return ids;
  });
}

/** Free slots ahead for a course (what an entitled learner may book). */
export function freeSlots(courseId: string, now = currentTime()) {
  return db().liveSession.findMany({
    where: { groupId: null, courseId, status: 'SCHEDULED', startsAt: { gt: now }, taken: 0 },
    orderBy: { startsAt: 'asc' },
    select: { id: true, startsAt: true, endsAt: true, teacher: { select: { firstName: true, lastName: true } } },
  });
}

/**
 * A teacher removes one of their own slots nobody has booked, before it starts. One conditional
 * DELETE: a booking committing at the same moment either took the seat first (nothing deleted,
 * refused) or finds the slot gone.
 */
export async function removeSlot(teacher: LiveViewer, sessionId: string, now = currentTime()): Promise<void> {
  requireLive(teacher, 'live:teach');
  const own = { id: sessionId, teacherId: teacher.id, groupId: null };
  const { count } = await db().liveSession.deleteMany({
    where: {
      ...own,
      taken: 0,
      startsAt: { gt: now },
      bookings: { none: { status: { in: ['BOOKED', 'WAITING'] } } },
    },
  });
  if (count === 1) return;
  const slot = await db().liveSession.findFirst({ where: own, select: { startsAt: true } });
  if (!slot) throw new NotFoundError('live slot');
  throw new UserError(slot.startsAt.getTime() <= now.getTime() ? 'liveEngine.sessionStarted' : 'liveEngine.slotBooked');
}
