// What the teacher of a session does and sees: who booked and who waits (in order), attendance,
// a note. Only the session's own teacher (or live staff); anyone else gets 404.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { isLiveStaff, type LiveViewer } from '@/lib/live/access';

const NOTE_MAX = 2000;

async function ownSession(viewer: LiveViewer, sessionId: string) {
  const s = await db().liveSession.findFirst({
    where: { id: sessionId, ...(isLiveStaff(viewer) ? {} : { teacherId: viewer.id }) },
    select: {
      id: true,
      teacherId: true,
      startsAt: true,
      endsAt: true,
      status: true,
      capacity: true,
      taken: true,
      note: true,
      group: { select: { id: true, title: true } },
    },
  });
  if (!s) throw new NotFoundError('live session');
  return s;
}

export type Roster = {
  session: Awaited<ReturnType<typeof ownSession>>;
  booked: {
    bookingId: string;
    userId: string;
    name: string;
    kind: 'REGULAR' | 'MAKEUP' | 'SLOT';
    attended: boolean | null;
  }[];
  waiting: { bookingId: string; userId: string; name: string; position: number }[];
};

export async function sessionRoster(viewer: LiveViewer, sessionId: string): Promise<Roster> {
  const session = await ownSession(viewer, sessionId);
  const rows = await db().liveBooking.findMany({
    where: { sessionId, status: { in: ['BOOKED', 'WAITING'] } },
    orderBy: { queueNo: 'asc' },
    select: {
      id: true,
      userId: true,
      status: true,
      kind: true,
      attended: true,
      user: { select: { firstName: true, lastName: true } },
    },
  });
  const name = (u: { firstName: string; lastName: string }) => `${u.firstName} ${u.lastName}`.trim();
  return {
    session,
    booked: rows
      .filter((r) => r.status === 'BOOKED')
      .map((r) => ({ bookingId: r.id, userId: r.userId, name: name(r.user), kind: r.kind, attended: r.attended })),
    waiting: rows
      .filter((r) => r.status === 'WAITING')
      .map((r, i) => ({ bookingId: r.id, userId: r.userId, name: name(r.user), position: i + 1 })),
  };
}

/** Marks who attended (B12), once the session has started; only booked people can be marked. */
export async function markAttendance(
  viewer: LiveViewer,
  sessionId: string,
  marks: { userId: string; attended: boolean }[],
  now = currentTime(),
) {
  const s = await ownSession(viewer, sessionId);
  if (s.status !== 'SCHEDULED') throw new UserError('liveEngine.sessionNotScheduled');
  if (now.getTime() < s.startsAt.getTime() - 15 * 60_000) throw new UserError('liveEngine.attendanceNotYet');
  await db().$transaction(async (tx) => {
    for (const m of marks) {
      const { count } = await tx.liveBooking.updateMany({
        where: { sessionId, userId: m.userId, status: 'BOOKED' },
        data: { attended: m.attended },
      });
      if (count === 0) throw new UserError('liveEngine.noBooking');
    }
  });
}

export async function saveNote(viewer: LiveViewer, sessionId: string, note: string) {
  await ownSession(viewer, sessionId);
  const trimmed = note.trim();
  if (trimmed.length > NOTE_MAX) throw new UserError('liveEngine.noteTooLong', { note: 'liveEngine.noteTooLong' });
  await db().liveSession.update({ where: { id: sessionId }, data: { note: trimmed || null } });
}

/** The teacher's own sessions from `from` (default now) on, soonest first. */
export async function teacherSessions(viewer: LiveViewer, from = currentTime(), take = 100) {
  return db().liveSession.findMany({
    where: { teacherId: viewer.id, endsAt: { gt: from } },
    orderBy: { startsAt: 'asc' },
    take,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      capacity: true,
      taken: true,
      group: { select: { id: true, title: true, place: true } },
    },
  });
}
