// The planner overview's sums (issue 26) as plain functions of rows the page model loads in a fixed
// number of queries: what the school orders from OKE (written parts), the declarations' states, and
// which sessions still need a room, seats or a complete team — so the school reads, never counts.
import type { MessageCode } from '@/lib/i18n';
import type { RoomWarning } from '@/lib/matura/rules/room-warnings';
import { sessionTakes, type SessionRow, type SubjectCount } from './group';

export type DeclarationTally = {
  students: number;
  complete: number;
  withErrors: number;
  empty: number;
  /** Students whose data someone has checked against the paper declaration (A14). */
  checked: number;
};

/** The students' declaration states, each student counted once; `checked` is independent of the state. */
export function tallyDeclarations(
  students: readonly { declaration: { kind: 'none' | 'complete' | 'errors' }; checked: unknown }[],
): DeclarationTally {
  const t: DeclarationTally = { students: students.length, complete: 0, withErrors: 0, empty: 0, checked: 0 };
  for (const s of students) {
    if (s.declaration.kind === 'complete') t.complete += 1;
    else if (s.declaration.kind === 'errors') t.withErrors += 1;
    else t.empty += 1;
    if (s.checked) t.checked += 1;
  }
  return t;
}

/** The OKE order's written exams (subject × basic / extended / bilingual), in the summaries' order. */
export const writtenCounts = (counts: readonly SubjectCount[]): SubjectCount[] =>
  counts.filter((c) => c.part === 'written' && c.students > 0);

/** Whole days from `today` to the deadline's last day (Warsaw day keys); 0 on the last day itself. */
export function daysLeft(today: string, lastDay: string): number {
  const utc = (k: string) => Date.UTC(Number(k.slice(0, 4)), Number(k.slice(5, 7)) - 1, Number(k.slice(8, 10)));
  return Math.round((utc(lastDay) - utc(today)) / 86_400_000);
}

export type TimetableSession = SessionRow & { id: string };

export type HostedSession = {
  roomSessionId: string;
  roomId: string;
  room: string;
  sessionId: string;
  seated: number;
  members: number;
  warnings: readonly RoomWarning[];
};

export type RoomProblem = { roomSessionId: string; roomId: string; room: string; problems: MessageCode[] };

export type SessionStatus = {
  session: TimetableSession;
  /** Students of the school who declared the session's exam. */
  declared: number;
  /** Of them, seated in one of the school's rooms. */
  seated: number;
  rooms: number;
  /** Declared students but no room hosts the session yet. */
  noRoom: boolean;
  /** The rooms whose team is missing or breaks a rule (Z1–Z5), or whose room does not fit. */
  problems: RoomProblem[];
};

export const NO_TEAM: MessageCode = 'planner.overview.dashboard.noTeam';

/**
 * Each timetable session the school has students for or hosts in a room, in time order: declared
 * against seated, and every room of it with what is wrong — no team at all (one line instead of
 * each rule it breaks), else the room's warnings as the rooms page gives them.
 */
export function sessionStatuses(
  sessions: readonly TimetableSession[],
  counts: readonly SubjectCount[],
  hosted: readonly HostedSession[],
): SessionStatus[] {
  const out: SessionStatus[] = [];
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : 1));
  for (const session of sorted) {
    const declared = counts.filter((c) => sessionTakes(session, c)).reduce((n, c) => n + c.students, 0);
    const rooms = hosted.filter((h) => h.sessionId === session.id);
    if (declared === 0 && rooms.length === 0) continue;
    const problems = rooms
      .map((r) => ({
        roomSessionId: r.roomSessionId,
        roomId: r.roomId,
        room: r.room,
        problems: r.members === 0 ? [NO_TEAM] : r.warnings.map((w) => w.code),
      }))
      .filter((r) => r.problems.length > 0);
    out.push({
      session,
      declared,
      seated: rooms.reduce((n, r) => n + r.seated, 0),
      rooms: rooms.length,
      noRoom: declared > 0 && rooms.length === 0,
      problems,
    });
  }
  return out;
}

/** A session is in order with a room, everyone declared seated, and no room's team or room at fault. */
export const sessionReady = (s: SessionStatus) => !s.noRoom && s.seated >= s.declared && s.problems.length === 0;

export type TeamTally = { roomSessions: number; ready: number; withWarnings: number; noTeam: number };

/** The school's room sessions by their team's state. */
export function tallyTeams(hosted: readonly HostedSession[]): TeamTally {
  const noTeam = hosted.filter((h) => h.members === 0).length;
  const withWarnings = hosted.filter((h) => h.members > 0 && h.warnings.length > 0).length;
  return { roomSessions: hosted.length, ready: hosted.length - noTeam - withWarnings, withWarnings, noTeam };
}
