// The session page's model for its teacher (or staff): the roster from lib/live's sessionRoster,
// whether the viewer may open the room now, and when it opens otherwise.
import { currentTime } from '@/lib/clock/clock';
import { sessionRoster } from '@/lib/live/sessions/teacher';
import { canJoin, joinOpensAt } from '@/lib/live/rules/windows';
import type { LiveViewer } from '@/lib/live/access';

export async function sessionPage(viewer: LiveViewer, sessionId: string, now = currentTime()) {
  const roster = await sessionRoster(viewer, sessionId);
  const s = roster.session;
  const scheduled = s.status === 'SCHEDULED';
  return {
    ...roster,
    /** Only the session's own teacher gets a moderator link (roomLinkFor refuses staff who do not teach it). */
    teaches: s.teacherId === viewer.id,
    room: !scheduled
      ? ({ state: 'cancelled' } as const)
      : canJoin(s.startsAt, s.endsAt, now)
        ? ({ state: 'open' } as const)
        : now > s.endsAt
          ? ({ state: 'ended' } as const)
          : ({ state: 'not-yet', opensAt: joinOpensAt(s.startsAt) } as const),
    /** Attendance can be marked from the room's opening on (markAttendance refuses before). */
    attendanceOpen: scheduled && now.getTime() >= joinOpensAt(s.startsAt).getTime(),
  };
}
export type SessionPage = Awaited<ReturnType<typeof sessionPage>>;
