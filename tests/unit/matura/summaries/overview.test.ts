// The planner overview's sums (issue 26) against hand-computed fixtures: declaration states, the
// written OKE counts, days to the deadline, each session's rooms, seats and teams.
import { describe, expect, it } from 'vitest';
import {
  NO_TEAM,
  daysLeft,
  sessionReady,
  sessionStatuses,
  tallyDeclarations,
  tallyTeams,
  writtenCounts,
  type HostedSession,
  type TimetableSession,
} from '@/lib/matura/summaries/overview';
import type { SubjectCount } from '@/lib/matura/summaries/group';

const st = (kind: 'none' | 'complete' | 'errors', checked = false) => ({ declaration: { kind }, checked });

describe('tallyDeclarations', () => {
  it.each([
    { name: 'no students', rows: [], want: { students: 0, complete: 0, withErrors: 0, empty: 0, checked: 0 } },
    {
      name: 'each state once, two checked',
      rows: [st('complete', true), st('errors', true), st('none')],
      want: { students: 3, complete: 1, withErrors: 1, empty: 1, checked: 2 },
    },
    {
      name: 'checked counts apart from the state',
      rows: [st('complete'), st('complete', true), st('complete', true), st('none', true)],
      want: { students: 4, complete: 3, withErrors: 0, empty: 1, checked: 3 },
    },
  ])('$name', ({ rows, want }) => {
    const t = tallyDeclarations(rows);
    expect(t).toEqual(want);
    expect(t.complete + t.withErrors + t.empty).toBe(t.students);
  });
});

const count = (subject: string, part: string, level: string, students: number): SubjectCount => ({
  subject,
  part,
  level,
  students,
});

describe('writtenCounts', () => {
  it('keeps the written exams in the given order and leaves out oral parts', () => {
    const counts = [
      count('polish', 'written', 'basic', 40),
      count('polish', 'written', 'extended', 6),
      count('polish', 'oral', 'none', 40),
      count('english', 'written', 'bilingual', 3),
      count('english', 'oral', 'bilingual', 3),
    ];
    expect(writtenCounts(counts).map((c) => `${c.subject}/${c.level}/${c.students}`)).toEqual([
      'polish/basic/40',
      'polish/extended/6',
      'english/bilingual/3',
    ]);
  });
});

describe('daysLeft', () => {
  it.each([
    ['2026-12-02', '2027-02-08', 68],
    ['2027-02-07', '2027-02-08', 1],
    ['2027-02-08', '2027-02-08', 0],
    ['2027-02-09', '2027-02-08', -1],
    // Over the change to summer time (Warsaw day keys, not instants): still whole days.
    ['2027-03-27', '2027-03-29', 2],
  ])('%s → %s: %i', (today, last, want) => {
    expect(daysLeft(today, last)).toBe(want);
  });
});

const at = (iso: string) => new Date(iso);
const SESSIONS: TimetableSession[] = [
  { id: 'math', subject: 'mathematics', part: 'written', level: 'basic', startsAt: at('2027-05-05T07:00:00Z') },
  { id: 'pol', subject: 'polish', part: 'written', level: 'basic', startsAt: at('2027-05-04T07:00:00Z') },
  { id: 'bio', subject: 'biology', part: 'written', level: 'extended', startsAt: at('2027-05-06T12:00:00Z') },
  { id: 'polOral', subject: 'polish', part: 'oral', level: null, startsAt: at('2027-05-10T07:00:00Z') },
  { id: 'chem', subject: 'chemistry', part: 'written', level: 'extended', startsAt: at('2027-05-07T07:00:00Z') },
];
const COUNTS = [
  count('polish', 'written', 'basic', 50),
  count('polish', 'oral', 'none', 48),
  count('polish', 'oral', 'bilingual', 2),
  count('mathematics', 'written', 'basic', 50),
  count('biology', 'written', 'extended', 12),
];
const host = (
  roomSessionId: string,
  sessionId: string,
  seated: number,
  members: number,
  warnings: HostedSession['warnings'] = [],
): HostedSession => ({
  roomSessionId,
  roomId: `room-${roomSessionId}`,
  room: `Sala ${roomSessionId}`,
  sessionId,
  seated,
  members,
  warnings,
});

describe('sessionStatuses', () => {
  const hosted = [
    host('gym', 'pol', 40, 4),
    host('21', 'pol', 10, 2, [{ code: 'matura.teams.noExternal' }, { code: 'matura.teams.noChair' }]),
    host('gym-m', 'math', 50, 0, [{ code: 'matura.teams.noChair' }]),
    // A room at a session nobody of the school declared (chemistry): listed, not "no room".
    host('lab', 'chem', 0, 3),
  ];
  const statuses = sessionStatuses(SESSIONS, COUNTS, hosted);

  it('lists the sessions with declared students or rooms in time order', () => {
    expect(statuses.map((s) => s.session.id)).toEqual(['pol', 'math', 'bio', 'chem', 'polOral']);
  });

  it.each([
    // id, declared, seated, rooms, noRoom, problems (room: codes), ready
    ['pol', 50, 50, 2, false, { 'Sala 21': ['matura.teams.noExternal', 'matura.teams.noChair'] }, false],
    ['math', 50, 50, 1, false, { 'Sala gym-m': [NO_TEAM] }, false],
    ['bio', 12, 0, 0, true, {}, false],
    ['chem', 0, 0, 1, false, {}, true],
    // An oral session open to every level takes both oral levels: 48 + 2.
    ['polOral', 50, 0, 0, true, {}, false],
  ] as const)('%s: %i declared, %i seated, %i rooms', (id, declared, seated, rooms, noRoom, problems, ready) => {
    const s = statuses.find((x) => x.session.id === id)!;
    expect({ declared: s.declared, seated: s.seated, rooms: s.rooms, noRoom: s.noRoom }).toEqual({
      declared,
      seated,
      rooms,
      noRoom,
    });
    expect(Object.fromEntries(s.problems.map((p) => [p.room, p.problems]))).toEqual(problems);
    expect(sessionReady(s)).toBe(ready);
  });

  it('a session with fewer seated than declared is not ready', () => {
    const [s] = sessionStatuses(SESSIONS, COUNTS, [host('gym', 'pol', 49, 4)]);
    expect(s.problems).toEqual([]);
    expect(sessionReady(s)).toBe(false);
  });
});

describe('tallyTeams', () => {
  it.each([
    { name: 'no rooms', hosted: [], want: { roomSessions: 0, ready: 0, withWarnings: 0, noTeam: 0 } },
    {
      name: 'one of each',
      hosted: [
        host('a', 'pol', 10, 3),
        host('b', 'pol', 10, 1, [{ code: 'matura.teams.noExternal' }]),
        host('c', 'math', 10, 0, [{ code: 'matura.teams.noChair' }]),
      ],
      want: { roomSessions: 3, ready: 1, withWarnings: 1, noTeam: 1 },
    },
    {
      name: 'a full team whose room lacks computers has warnings',
      hosted: [host('a', 'inf', 10, 3, [{ code: 'plannerTeams.warnings.noComputers' }]), host('b', 'pol', 0, 3)],
      want: { roomSessions: 2, ready: 1, withWarnings: 1, noTeam: 0 },
    },
  ])('$name', ({ hosted, want }) => {
    expect(tallyTeams(hosted)).toEqual(want);
  });
});
