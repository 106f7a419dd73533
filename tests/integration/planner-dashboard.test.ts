// The planner overview's numbers (issue 26) for a school of 600 students: declaration states, the
// written OKE counts, each session's rooms, seats and teams — hand-computed from how the fixture is
// built — read in the same number of queries as for a school of three; another school's → 404.
import pg from 'pg';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { plannerOverview } from '@/lib/licence/planner-overview';
import { studentListPage } from '@/lib/matura/students/student-list';
import { ensureTimetable } from '@/lib/matura/timetable';
import { DECEMBER, licenceOffer, plannerSchool, refusal, type PlannerSchool } from './planner-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const NOW = DECEMBER;
type Exam = [subject: string, part: string, level: string];
const CORE: Exam[] = [
  ['polish', 'written', 'basic'],
  ['english', 'written', 'basic'],
  ['polish', 'oral', 'none'],
  ['english', 'oral', 'none'],
];
const MATHS: Exam = ['mathematics', 'written', 'basic'];
const BIOLOGY: Exam = ['biology', 'written', 'extended'];
const MATHS_EXT: Exam = ['mathematics', 'written', 'extended'];

type Kind = { n: number; exams: Exam[]; checked: number };

/** Students in bulk (createMany): each kind's `n` students with its exams, the first `checked` checked. */
async function fill(s: PlannerSchool, kinds: Kind[]) {
  let i = 0;
  const ids: Record<string, string[]> = {};
  for (const [k, kind] of kinds.entries()) {
    const rows = await db().maturaStudent.createManyAndReturn({
      data: Array.from({ length: kind.n }, (_, j) => ({
        schoolId: s.schoolId,
        licenceId: s.licenceId,
        firstName: 'Jan',
        lastName: `Uczeń${String(i++).padStart(4, '0')}`,
        className: j % 2 ? '4b' : '4a',
        formula: '2023',
        checkedAt: j < kind.checked ? NOW : null,
        checkedById: j < kind.checked ? s.director.id : null,
      })),
      select: { id: true },
    });
    ids[k] = rows.map((r) => r.id);
    await db().maturaExam.createMany({
      data: rows.flatMap((r) =>
        kind.exams.map(([subject, part, level]) => ({ schoolId: s.schoolId, studentId: r.id, subject, part, level })),
      ),
    });
  }
  return ids;
}

async function room(s: PlannerSchool, name: string, seats: number, sessionId: string, seated: string[]) {
  const r = await db().examRoom.create({
    data: { schoolId: s.schoolId, licenceId: s.licenceId, name, seats, computers: false },
  });
  const rs = await db().roomSession.create({ data: { schoolId: s.schoolId, roomId: r.id, sessionId } });
  await db().roomSeat.createMany({ data: seated.map((studentId) => ({ roomSessionId: rs.id, studentId })) });
  return { roomId: r.id, roomSessionId: rs.id };
}

async function team(s: PlannerSchool, roomSessionId: string, members: { external: boolean; chair?: boolean }[]) {
  const teachers = await db().schoolTeacher.createManyAndReturn({
    data: members.map((m, i) => ({
      schoolId: s.schoolId,
      name: `Nauczyciel ${roomSessionId.slice(-4)} ${i}`,
      subjects: ['physics'],
      external: m.external,
    })),
    select: { id: true },
  });
  await db().teamMember.createMany({
    data: teachers.map((t, i) => ({ roomSessionId, teacherId: t.id, role: members[i].chair ? 'chair' : 'member' })),
  });
}

/** Counts the statements sent to PostgreSQL while `run` runs (every Prisma query goes through pg). */
async function statements<T>(run: () => Promise<T>): Promise<{ result: T; count: number }> {
  const spy = vi.spyOn(pg.Client.prototype, 'query');
  try {
    const result = await run();
    return { result, count: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

let session: Record<string, string> = {};
let big: PlannerSchool;
let small: PlannerSchool;
const rooms: Record<string, { roomId: string; roomSessionId: string }> = {};

beforeAll(async () => {
  await licenceOffer();
  await ensureTimetable(2027);
  const rows = await db().examSession.findMany({ where: { examYear: 2027 } });
  const id = (subject: string, level: string) => rows.find((r) => r.subject === subject && r.level === level)!.id;
  session = {
    polish: id('polish', 'basic'),
    maths: id('mathematics', 'basic'),
    english: id('english', 'basic'),
    biology: id('biology', 'extended'),
    mathsExt: id('mathematics', 'extended'),
  };

  // 600 students: 320 complete, 100 complete with extended maths too, 120 without maths (an error), 60 empty.
  big = await plannerSchool(NOW, { order: { schoolName: 'XL Liceum Ogólnokształcące' } });
  const ids = await fill(big, [
    { n: 320, exams: [...CORE, MATHS, BIOLOGY], checked: 150 },
    { n: 100, exams: [...CORE, MATHS, BIOLOGY, MATHS_EXT], checked: 50 },
    { n: 120, exams: [...CORE, BIOLOGY], checked: 30 },
    { n: 60, exams: [], checked: 0 },
  ]);
  const polishTakers = [...ids[0], ...ids[1], ...ids[2]];
  const mathsTakers = [...ids[0], ...ids[1]];
  // The hall holds every Polish taker with a full team: 3 + ⌈(540 − 30) / 25⌉ = 24, a chair and an external member.
  rooms.hall = await room(big, 'Aula', 600, session.polish, polishTakers);
  await team(big, rooms.hall.roomSessionId, [
    { external: false, chair: true },
    { external: true },
    ...Array.from({ length: 22 }, () => ({ external: false })),
  ]);
  // Maths: two rooms of 30 (60 of 420 seated): one without a team, one with two of the three needed.
  rooms.one = await room(big, 'Sala 1', 30, session.maths, mathsTakers.slice(0, 30));
  rooms.two = await room(big, 'Sala 2', 30, session.maths, mathsTakers.slice(30, 60));
  await team(big, rooms.two.roomSessionId, [{ external: false, chair: true }, { external: true }]);

  small = await plannerSchool(NOW, { order: { schoolName: 'XLI Liceum Ogólnokształcące' } });
  const few = await fill(small, [
    { n: 2, exams: [...CORE, MATHS, BIOLOGY], checked: 1 },
    { n: 1, exams: [], checked: 0 },
  ]);
  await room(small, 'Sala 3', 30, session.polish, few[0]);
});

describe('the overview of a 600-student school', () => {
  it('counts the declarations by state, as the student list does', async () => {
    const o = await plannerOverview(big.director, big.schoolId, NOW);
    expect(o.declarations).toEqual({ students: 600, complete: 420, withErrors: 120, empty: 60, checked: 230 });
    expect(o.unchecked).toBe(540 - 230);
    expect(o.classes).toBe(2);
    const list = await studentListPage(big.director, big.schoolId, NOW);
    expect(list.counts).toMatchObject({ students: 600, complete: 420, withErrors: 120, empty: 60, unchecked: 310 });
    // 2 December 2026 to 8 February 2027, the deadline's last day.
    expect(o.daysLeft).toBe(68);
    expect(o.locked).toBe(false);
  });

  it('charts the written OKE counts in the subject list order and the states', async () => {
    const o = await plannerOverview(big.director, big.schoolId, NOW);
    expect(o.subjectsChart!.spec.bars.map((b) => [b.label, b.value])).toEqual([
      ['język polski, poziom podstawowy', 540],
      ['matematyka, poziom podstawowy', 420],
      ['matematyka, poziom rozszerzony', 100],
      ['język angielski, poziom podstawowy', 540],
      ['biologia, poziom rozszerzony', 540],
    ]);
    expect(o.declarationsChart!.spec.bars.map((b) => b.value)).toEqual([420, 120, 60]);
    expect(o.declarationsChart!.summary).toContain('Z 600 uczniów: 420 z kompletną deklaracją, 120 z błędami, 60');
  });

  it('names each session short of a room, seats or a team, with its rooms', async () => {
    const o = await plannerOverview(big.director, big.schoolId, NOW);
    expect(o.teams).toEqual({ roomSessions: 3, ready: 1, withWarnings: 1, noTeam: 1 });
    expect(o.teamsChart!.spec.bars.map((b) => b.value)).toEqual([1, 1, 1]);
    // Polish (hall, everyone seated, full team) is in order; the other four sessions are not.
    expect(o.sessions).toEqual({ total: 5, ready: 1 });
    const byLabel = Object.fromEntries(o.attention.map((a) => [a.label, a]));
    expect(Object.keys(byLabel).sort()).toEqual([
      'biologia, poziom rozszerzony',
      'język angielski, poziom podstawowy',
      'matematyka, poziom podstawowy',
      'matematyka, poziom rozszerzony',
    ]);
    expect(byLabel['biologia, poziom rozszerzony']).toMatchObject({
      declared: 540,
      seated: 0,
      noRoom: true,
      rooms: [],
    });
    const maths = byLabel['matematyka, poziom podstawowy'];
    expect(maths).toMatchObject({ declared: 420, seated: 60, noRoom: false });
    expect(maths.rooms).toEqual([
      { ...rooms.one, room: 'Sala 1', problems: ['Sala nie ma zespołu nadzorującego.'] },
      {
        ...rooms.two,
        room: 'Sala 2',
        problems: ['W zespole są 2 osoby, a potrzeba co najmniej 3 osoby.'],
      },
    ]);
  });

  it('reads in as many queries as for a school of three students', async () => {
    const a = await statements(() => plannerOverview(small.director, small.schoolId, NOW));
    const b = await statements(() => plannerOverview(big.director, big.schoolId, NOW));
    expect(a.result.declarations).toEqual({ students: 3, complete: 2, withErrors: 0, empty: 1, checked: 1 });
    expect(a.result.teams).toEqual({ roomSessions: 1, ready: 0, withWarnings: 0, noTeam: 1 });
    expect(a.count).toBeGreaterThan(0);
    expect(b.count).toBe(a.count);
  });

  it('is not another school’s to read', async () => {
    expect(await refusal(plannerOverview(small.director, big.schoolId, NOW))).toBeInstanceOf(NotFoundError);
  });
});
