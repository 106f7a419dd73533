// Everything the learner page (/zajecia) shows for one learner, read through the engine's services:
// the sessions ahead (sessionsForLearner) with their waiting place and cut-off, the past sessions
// they booked or attended with recordings still visible (recordingsFor), the make-up choices of
// their MEMBERS groups, and the children a parent books for. Authorised like the services (404).
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { mayActFor, type LiveViewer } from '@/lib/live/access';
import { sessionsForLearner, type LearnerSession } from '@/lib/live/bookings/learner-sessions';
import { recordingsFor, type RecordingItem } from '@/lib/live/recordings';
import { DEFAULT_CANCEL_CUTOFF_HOURS, RECORDING_DAYS } from '@/lib/live/rules/windows';

const DAY = 86_400_000;
/** How far back a missed class of one's own group can still be chosen for a make-up (charged after the deadline). */
const MAKE_UP_LOOKBACK_DAYS = 7;

export type UpcomingSession = LearnerSession & {
  groupId: string | null;
  teacher: string;
  cutoffHours: number;
  waitingPlace: number | null;
};
export type PastSession = {
  sessionId: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  recordings: RecordingItem[];
};
export type MakeUpChoice = { sessionId: string; title: string; startsAt: Date; endsAt: Date };
export type MakeUpGroup = {
  programme: string;
  missed: MakeUpChoice[];
  targets: (MakeUpChoice & { seatsLeft: number })[];
};

/** People the actor may book for: themself (unless a parent without own classes) and their children. */
export async function learnersOf(actor: LiveViewer): Promise<{ id: string; name: string; self: boolean }[]> {
  const children = await db().child.findMany({
    where: { parentId: actor.id },
    orderBy: { createdAt: 'asc' },
    select: { fullName: true, userId: true },
  });
  const me = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { firstName: true, lastName: true },
  });
  return [
    { id: actor.id, name: `${me.firstName} ${me.lastName}`.trim(), self: true },
    ...children.map((c) => ({ id: c.userId, name: c.fullName, self: false })),
  ];
}

/** Whether the header shows "Zajęcia na żywo": a live class or slot the person (or their child) may see. */
export async function hasLiveClasses(userId: string, now = currentTime()): Promise<boolean> {
  const people = { OR: [{ id: userId }, { childProfile: { parentId: userId } }] };
  const [member, booked, open] = await Promise.all([
    db().liveGroupMember.count({ where: { user: people, group: { cancelledAt: null } }, take: 1 }),
    db().liveBooking.count({ where: { user: people }, take: 1 }),
    db().enrolment.count({
      where: {
        user: people,
        status: 'ACTIVE',
        startsAt: { lte: now },
        OR: [{ endsAt: null }, { endsAt: { gt: now } }],
        course: {
          OR: [
            { liveGroups: { some: { cancelledAt: null, bookingMode: 'OPEN' } } },
            { liveSlots: { some: { groupId: null, startsAt: { gt: now } } } },
          ],
        },
      },
      take: 1,
    }),
  ]);
  return member + booked + open > 0;
}

export async function upcomingFor(
  actor: LiveViewer,
  learnerId: string,
  now = currentTime(),
): Promise<UpcomingSession[]> {
  const sessions = await sessionsForLearner(actor, learnerId, now);
  const ids = sessions.map((s) => s.sessionId);
  const extra = await db().liveSession.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      groupId: true,
      teacher: { select: { firstName: true, lastName: true } },
      group: { select: { cancelCutoffHours: true } },
      bookings: { where: { userId: learnerId, status: 'WAITING' }, select: { queueNo: true } },
    },
  });
  const byId = new Map(extra.map((e) => [e.id, e]));
  const places = await Promise.all(
    extra
      .filter((e) => e.bookings.length > 0)
      .map(async (e) => {
        const ahead = await db().liveBooking.count({
          where: { sessionId: e.id, status: 'WAITING', queueNo: { lt: e.bookings[0]!.queueNo } },
        });
        return [e.id, ahead + 1] as const;
      }),
  );
  const placeOf = new Map(places);
  return sessions.map((s) => {
    const e = byId.get(s.sessionId);
    return {
      ...s,
      groupId: e?.groupId ?? null,
      teacher: e ? `${e.teacher.firstName} ${e.teacher.lastName}`.trim() : '',
      cutoffHours: e?.group?.cancelCutoffHours ?? DEFAULT_CANCEL_CUTOFF_HOURS,
      waitingPlace: placeOf.get(s.sessionId) ?? null,
    };
  });
}

/** Sessions of the last 30 days the learner booked or attended, newest first, with visible recordings. */
export async function pastFor(actor: LiveViewer, learnerId: string, now = currentTime()): Promise<PastSession[]> {
  if (!(await mayActFor(db(), actor, learnerId))) throw new NotFoundError('learner');
  const rows = await db().liveSession.findMany({
    where: {
      status: 'SCHEDULED',
      endsAt: { lte: now, gt: new Date(now.getTime() - (RECORDING_DAYS + 1) * DAY) },
      bookings: { some: { userId: learnerId, OR: [{ status: 'BOOKED' }, { attended: true }] } },
    },
    orderBy: { startsAt: 'desc' },
    take: 20,
    select: { id: true, startsAt: true, endsAt: true, group: { select: { title: true } } },
  });
  // recordingsFor checks the actor's own right (the learner, or the parent of the child who booked).
  return Promise.all(
    rows.map(async (r) => ({
      sessionId: r.id,
      title: r.group?.title ?? null,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      recordings: await recordingsFor(actor, r.id, now),
    })),
  );
}

/**
 * For each programme of the learner's MEMBERS groups: their own sessions they may miss (from a week
 * back, not yet made up) and other groups' sessions of the programme ahead with a free seat.
 */
export async function makeUpChoicesFor(
  actor: LiveViewer,
  learnerId: string,
  now = currentTime(),
): Promise<MakeUpGroup[]> {
  if (!(await mayActFor(db(), actor, learnerId))) throw new NotFoundError('learner');
  const groups = await db().liveGroup.findMany({
    where: { cancelledAt: null, bookingMode: 'MEMBERS', members: { some: { userId: learnerId } } },
    select: { id: true, programme: true },
  });
  const out: MakeUpGroup[] = [];
  const until = new Date(now.getTime() + 60 * DAY);
  for (const programme of [...new Set(groups.map((g) => g.programme))]) {
    const own = groups.filter((g) => g.programme === programme).map((g) => g.id);
    const missed = await db().liveSession.findMany({
      where: {
        groupId: { in: own },
        status: 'SCHEDULED',
        startsAt: { gt: new Date(now.getTime() - MAKE_UP_LOOKBACK_DAYS * DAY), lt: until },
        NOT: { makeUps: { some: { userId: learnerId, status: { in: ['BOOKED', 'WAITING'] } } } },
      },
      orderBy: { startsAt: 'asc' },
      take: 12,
      select: { id: true, startsAt: true, endsAt: true, group: { select: { title: true } } },
    });
    const others = await db().liveSession.findMany({
      where: {
        status: 'SCHEDULED',
        startsAt: { gt: now, lt: until },
        group: { programme, cancelledAt: null, id: { notIn: own } },
        NOT: { bookings: { some: { userId: learnerId, status: { in: ['BOOKED', 'WAITING'] } } } },
      },
      orderBy: { startsAt: 'asc' },
      take: 50,
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        capacity: true,
        taken: true,
        group: { select: { title: true } },
      },
    });
    const targets = others
      .filter((o) => o.taken < o.capacity)
      .slice(0, 12)
      .map((o) => ({
        sessionId: o.id,
        title: o.group?.title ?? '',
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        seatsLeft: o.capacity - o.taken,
      }));
    out.push({
      programme,
      missed: missed.map((m) => ({
        sessionId: m.id,
        title: m.group?.title ?? '',
        startsAt: m.startsAt,
        endsAt: m.endsAt,
      })),
      targets,
    });
  }
  return out;
}

/** When the person's current calendar address was made (the address itself is never stored), or null. */
export async function feedCreatedAt(userId: string): Promise<Date | null> {
  const row = await db().calendarFeedToken.findUnique({ where: { userId }, select: { createdAt: true } });
  return row?.createdAt ?? null;
}
