// The planner's first page (issue 26): where the school stands — students and their declarations,
// what it orders from OKE, the deadline, the sessions still short of a room, seats or a team — as
// tiles and charts. Sums of a fixed number of set-based reads (lib/matura/summaries/overview.ts).
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { messages, text } from '@/lib/i18n';
import { formatDateTime, lastInstantBefore, warsawDateKey } from '@/lib/format/time';
import type { BarSpec } from '@/lib/charts/spec';
import { readingAccess } from '@/lib/licence/planner';
import { subjectListFor } from '@/lib/matura/subject-list';
import { sessionLabel } from '@/lib/matura/timetable';
import { examLabel } from '@/lib/matura/printouts/names';
import { studentListPage } from '@/lib/matura/students/student-list';
import { compareExams } from '@/lib/matura/summaries/group';
import { subjectCountsOf } from '@/lib/matura/summaries/summaries';
import { roomWarnings } from '@/lib/matura/rules/room-warnings';
import { teamFacts } from '@/lib/matura/teams/team';
import {
  daysLeft,
  sessionReady,
  sessionStatuses,
  tallyDeclarations,
  tallyTeams,
  writtenCounts,
  type DeclarationTally,
  type HostedSession,
  type TeamTally,
} from '@/lib/matura/summaries/overview';

export type ChartView = { title: string; summary: string; spec: BarSpec } | null;

export type AttentionRow = {
  sessionId: string;
  label: string;
  startsAt: string;
  declared: number;
  seated: number;
  noRoom: boolean;
  rooms: { roomSessionId: string; roomId: string; room: string; problems: string[] }[];
};

export type PlannerOverview = {
  examYear: number;
  classes: number;
  declarations: DeclarationTally;
  /** Declared but not yet checked against paper (the student list's count). */
  unchecked: number;
  lockAt: Date;
  locked: boolean;
  /** Days from today to the deadline's last day (0 = today); negative once it has passed. */
  daysLeft: number;
  subjectsChart: ChartView;
  declarationsChart: ChartView;
  teamsChart: ChartView;
  teams: TeamTally;
  /** Sessions with declared students or rooms, and how many of them are in order. */
  sessions: { total: number; ready: number };
  attention: AttentionRow[];
};

export async function plannerOverview(
  viewer: { id: string },
  schoolId: string,
  now = currentTime(),
): Promise<PlannerOverview> {
  const access = await readingAccess(viewer, schoolId, now);
  const { id: licenceId, examYear } = access.licence;
  const [students, list, counts, sessions, rooms] = await Promise.all([
    studentListPage(viewer, schoolId, now),
    subjectListFor(examYear),
    subjectCountsOf(schoolId, licenceId),
    db().examSession.findMany({
      where: { examYear },
      select: { id: true, subject: true, part: true, level: true, startsAt: true },
    }),
    db().examRoom.findMany({
      where: { schoolId, licenceId },
      select: { id: true, name: true, seats: true, computers: true },
    }),
  ]);
  counts.sort(compareExams(list?.subjects.map((s) => s.code) ?? []));
  const facts = await teamFacts(
    access,
    sessions.map((s) => s.id),
  );
  const roomOf = new Map(rooms.map((r) => [r.id, r]));
  const hosted: HostedSession[] = facts.flatMap((f) => {
    const room = roomOf.get(f.roomId);
    if (!room) return [];
    const peers = facts.filter((p) => p.sessionId === f.sessionId);
    const warnings = roomWarnings(f, peers, room);
    return [{ ...f, room: room.name, seated: f.students, members: f.members.length, warnings }];
  });
  const statuses = sessionStatuses(sessions, counts, hosted);
  const declarations = tallyDeclarations(students.students);
  const teams = tallyTeams(hosted);
  const t = messages().planner.overview.dashboard;

  const o = messages().planner.overview;
  const d = declarations;
  const written = writtenCounts(counts);
  const top = [...written].sort((a, b) => b.students - a.students)[0];
  const subjectsChart = top
    ? chart(
        t.subjects,
        t.subjects.summary(written.length, examLabel(list, top), top.students),
        written.map((c) => ({ label: examLabel(list, c), value: c.students, tone: 'primary' })),
      )
    : null;
  const declarationsChart = d.students
    ? chart(t.declarations, t.declarations.summary(d.students, d.complete, d.withErrors, d.empty, d.checked), [
        { label: o.complete, value: d.complete, tone: 'good' },
        { label: o.withErrors, value: d.withErrors, tone: 'bad' },
        { label: o.empty, value: d.empty, tone: 'warn' },
      ])
    : null;
  const teamsChart = teams.roomSessions
    ? chart(
        { ...t.teams, title: t.teams.chartTitle },
        t.teams.summary(teams.roomSessions, teams.ready, teams.withWarnings, teams.noTeam),
        [
          { label: t.teams.ready, value: teams.ready, tone: 'good' },
          { label: t.teams.withWarnings, value: teams.withWarnings, tone: 'warn' },
          { label: t.teams.noTeam, value: teams.noTeam, tone: 'bad' },
        ],
      )
    : null;

  const lockAt = students.lockAt;
  return {
    examYear,
    classes: students.classes.length,
    declarations,
    unchecked: students.counts.unchecked,
    lockAt,
    locked: students.locked,
    daysLeft: daysLeft(warsawDateKey(now), warsawDateKey(lastInstantBefore(lockAt))),
    subjectsChart,
    declarationsChart,
    teamsChart,
    teams,
    sessions: { total: statuses.length, ready: statuses.filter(sessionReady).length },
    attention: statuses
      .filter((s) => !sessionReady(s))
      .map((s) => ({
        sessionId: s.session.id,
        label: sessionLabel(list, s.session),
        startsAt: formatDateTime(s.session.startsAt),
        declared: s.declared,
        seated: s.seated,
        noRoom: s.noRoom,
        rooms: s.problems.map((p) => ({ ...p, problems: [...new Set(p.problems.map((c) => text(c)))] })),
      })),
  };
}

/** A horizontal bar chart of counts with its catalogue texts (title, value and category columns). */
function chart(
  texts: { title: string; valueLabel: string; categoryLabel: string },
  summary: string,
  bars: BarSpec['bars'],
): NonNullable<ChartView> {
  const { title, valueLabel, categoryLabel } = texts;
  return { title, summary, spec: { kind: 'bar', horizontal: true, valueLabel, categoryLabel, bars } };
}
