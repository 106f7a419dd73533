// The /panel/zajecia page model: a teacher's own upcoming sessions first; for staff the week's
// sessions of every group (a teacher sees only theirs), the groups below their minimum before their
// next session, and the list of groups.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { isLiveStaff, type LiveViewer } from '@/lib/live/access';
import { teacherSessions } from '@/lib/live/sessions/teacher';
import { sessionsBelowMinimum, type BelowMinimum } from '@/lib/live/sessions/manage';
import { byDay, warsawWeek } from '@/lib/live/panel/week';
import { schoolBreaks } from '@/lib/live/groups/create';

const BELOW_MINIMUM_HORIZON_DAYS = 14;

/** Only each group's next session counts: that is the one staff must decide about. */
export function nextPerGroup(rows: readonly BelowMinimum[]): BelowMinimum[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.groupId) && seen.add(r.groupId));
}

export async function agendaPage(viewer: LiveViewer, week: string | undefined, now = currentTime()) {
  const staff = isLiveStaff(viewer);
  const w = warsawWeek(week, now);
  const teaches = viewer.roles.includes('TEACHER');
  const [mine, sessions, below, groups, breaks] = await Promise.all([
    teaches ? teacherSessions(viewer, now, 10) : Promise.resolve([]),
    db().liveSession.findMany({
      where: { startsAt: { gte: w.from, lt: w.to }, ...(staff ? {} : { teacherId: viewer.id }) },
      orderBy: { startsAt: 'asc' },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        status: true,
        capacity: true,
        taken: true,
        teacher: { select: { firstName: true, lastName: true } },
        group: { select: { id: true, title: true, place: true, minParticipants: true } },
      },
    }),
    staff ? sessionsBelowMinimum(viewer, new Date(now.getTime() + BELOW_MINIMUM_HORIZON_DAYS * 86_400_000), now) : [],
    staff
      ? db().liveGroup.findMany({
          orderBy: [{ cancelledAt: { sort: 'desc', nulls: 'first' } }, { title: 'asc' }],
          select: {
            id: true,
            title: true,
            programme: true,
            capacity: true,
            minParticipants: true,
            cancelledAt: true,
            teacher: { select: { firstName: true, lastName: true } },
            _count: { select: { members: true } },
          },
        })
      : [],
    schoolBreaks(db()),
  ]);
  const belowByGroup = nextPerGroup(below);
  const lowSessions = new Set(belowByGroup.map((b) => b.sessionId));
  return {
    staff,
    week: w,
    mine,
    days: byDay(
      w.days,
      sessions.map((s) => ({ ...s, belowMinimum: lowSessions.has(s.id) })),
      breaks,
    ),
    belowMinimum: belowByGroup,
    groups,
  };
}
export type AgendaPage = Awaited<ReturnType<typeof agendaPage>>;
