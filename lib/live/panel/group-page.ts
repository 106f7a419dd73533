// The staff group page's model: the group, its members and its sessions with seats taken and the
// waiting count; and finding a person by e-mail or login to add them. Staff only (live:manage).
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { fromWarsaw } from '@/lib/format/time';
import { requireLive, type LiveViewer } from '@/lib/live/access';

export async function groupPage(viewer: LiveViewer, groupId: string) {
  requireLive(viewer, 'live:manage');
  const g = await db().liveGroup.findUnique({
    where: { id: groupId },
    include: {
      teacher: { select: { firstName: true, lastName: true } },
      course: { select: { title: true } },
      members: {
        select: { userId: true, user: { select: { firstName: true, lastName: true, email: true, login: true } } },
        orderBy: { user: { lastName: 'asc' } },
      },
      sessions: {
        orderBy: { startsAt: 'asc' },
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          status: true,
          capacity: true,
          taken: true,
          cancelReason: true,
          _count: { select: { bookings: { where: { status: 'WAITING' } } } },
        },
      },
    },
  });
  if (!g) throw new NotFoundError('live group');
  return {
    ...g,
    teacherName: `${g.teacher.firstName} ${g.teacher.lastName}`.trim(),
    members: g.members.map((m) => ({
      userId: m.userId,
      name: `${m.user.firstName} ${m.user.lastName}`.trim(),
      contact: m.user.email ?? m.user.login ?? '',
    })),
    sessions: g.sessions.map(({ _count, ...s }) => ({ ...s, waiting: _count.bookings })),
  };
}
export type GroupPage = Awaited<ReturnType<typeof groupPage>>;

/** A person by e-mail or login (both stored lower-case); null when there is none. */
export async function findPerson(emailOrLogin: string): Promise<string | null> {
  const q = emailOrLogin.trim().toLowerCase();
  if (!q) return null;
  const u = await db().user.findFirst({ where: { OR: [{ email: q }, { login: q }] }, select: { id: true } });
  return u?.id ?? null;
}

/** A `datetime-local` value ('YYYY-MM-DDTHH:MM') read as Warsaw wall-clock time; null when malformed. */
export function warsawLocal(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  return fromWarsaw(y, mo, d, h, mi);
}

/** A session's group (for its page; a slot has none) and its length, for moving it keeping the length. */
export async function sessionSpan(sessionId: string) {
  const s = await db().liveSession.findUnique({
    where: { id: sessionId },
    select: { groupId: true, startsAt: true, endsAt: true },
  });
  if (!s) throw new NotFoundError('live session');
  return { groupId: s.groupId ?? '', minutes: (s.endsAt.getTime() - s.startsAt.getTime()) / 60_000 };
}
