// The planner's teachers, rooms, seating and teams (issue 23, Z1–Z6) through the gates: CRUD in
// the school's own rows, warnings from the rules in words, the director's approval (audited,
// cleared by a later change), another school's room → 404, and read-only after the exam year.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { orderLicence } from '@/lib/licence/order';
import { ensureTimetable, timetableByDay } from '@/lib/matura/timetable';
import { deleteTeacher, listTeachers, saveTeacher } from '@/lib/matura/teams/teachers';
import { addRoomSession, deleteRoom, saveRoom } from '@/lib/matura/teams/rooms';
import { seatAllRemaining, seatStudents, unseatStudent } from '@/lib/matura/teams/seating';
import { approveTeam, removeTeamMember, setTeamMember } from '@/lib/matura/teams/team';
import { roomSessionPage, roomsPage, roomsPlan, teachersPage } from '@/lib/matura/teams/pages';
import { DEMO_SCHOOL } from '@/lib/demo/schools';
import { seedSchoolsTeamsDemo } from '@/lib/demo/schools-teams';
import { DECEMBER, JULY, licenceOffer, order, plannerSchool, refusal, type PlannerSchool } from './planner-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const NOW = DECEMBER;

async function students(s: PlannerSchool, count: number, subject: string, level: string) {
  for (let i = 0; i < count; i++) {
    const st = await db().maturaStudent.create({
      data: {
        schoolId: s.schoolId,
        licenceId: s.licenceId,
        firstName: `Uczeń${i}`,
        lastName: `Nazwisko${String(i).padStart(2, '0')}`,
        className: '4a',
        formula: '2023',
      },
    });
    await db().maturaExam.create({ data: { schoolId: s.schoolId, studentId: st.id, subject, part: 'written', level } });
  }
}

let polish = '';
let maths = '';

beforeAll(async () => {
  await licenceOffer();
  expect(await ensureTimetable(2027)).toBeGreaterThan(20);
  expect(await ensureTimetable(2027)).toBe(0);
  const sessions = await db().examSession.findMany({ where: { examYear: 2027 } });
  polish = sessions.find((s) => s.subject === 'polish' && s.level === 'basic')!.id;
  maths = sessions.find((s) => s.subject === 'mathematics' && s.level === 'basic')!.id;
});

describe('the timetable', () => {
  it('lists the year by Warsaw day, Polish basic first at 9:00', async () => {
    const days = await timetableByDay(2027);
    expect(days[0]).toMatchObject({ day: '2027-05-04' });
    expect(days[0].sessions[0]).toMatchObject({
      time: '09:00',
      subject: 'polish',
      label: 'język polski, poziom podstawowy',
    });
  });
});

describe('teachers', () => {
  it('adds, changes and deletes a teacher, refusing unknown subjects and a foreign account link', async () => {
    const s = await plannerSchool();
    const id = await saveTeacher(
      s.director,
      s.schoolId,
      null,
      { name: '  Jan   Kowalski ', subjects: ['polish'], external: false, userId: s.teacher.id },
      NOW,
    );
    expect(await listTeachers(s.director, s.schoolId, NOW)).toEqual([
      expect.objectContaining({ id, name: 'Jan Kowalski', subjects: ['polish'], userName: 'Tomasz Uczący' }),
    ]);
    const bad = await refusal(
      saveTeacher(
        s.director,
        s.schoolId,
        id,
        { name: '', subjects: ['alchemy'], external: true, userId: s.director.id },
        NOW,
      ),
    );
    expect(bad).toBeInstanceOf(UserError);
    expect(Object.keys((bad as UserError).fieldCodes ?? {}).sort()).toEqual(['name', 'subjects', 'userId']);
    await saveTeacher(
      s.director,
      s.schoolId,
      id,
      { name: 'Jan Kowalski', subjects: ['history'], external: false, userId: null },
      NOW,
    );
    expect((await teachersPage(s.teacher, s.schoolId, NOW)).teachers[0]).toMatchObject({
      subjects: ['history'],
      userId: null,
    });
    await deleteTeacher(s.teacher, s.schoolId, id, NOW);
    expect(await listTeachers(s.director, s.schoolId, NOW)).toEqual([]);
  });
});

describe('rooms, seating and teams', () => {
  it('seats the exam takers up to the seats, warns about the team in words, and lets only the director approve', async () => {
    const s = await plannerSchool();
    await students(s, 35, 'polish', 'basic');
    await students(s, 2, 'mathematics', 'basic');
    const room = await saveRoom(s.teacher, s.schoolId, null, { name: 'Sala 12', seats: 32, computers: false }, NOW);
    const taken = await refusal(
      saveRoom(s.teacher, s.schoolId, null, { name: 'sala 12', seats: 0, computers: false }, NOW),
    );
    expect((taken as UserError).fieldCodes).toMatchObject({ name: 'plannerTeams.errors.roomNameTaken' });
    expect((taken as UserError).fieldCodes?.seats).toBeDefined();

    const rs = await addRoomSession(s.teacher, s.schoolId, room, polish, NOW);
    expect(await refusal(addRoomSession(s.teacher, s.schoolId, room, polish, NOW))).toBeInstanceOf(UserError);
    expect(await seatAllRemaining(s.teacher, s.schoolId, rs, NOW)).toBe(32);
    expect(await refusal(seatAllRemaining(s.teacher, s.schoolId, rs, NOW))).toBeInstanceOf(UserError);
    // A maths student does not take Polish basic here.
    const mathsStudent = await db().maturaStudent.findFirstOrThrow({
      where: { schoolId: s.schoolId, exams: { some: { subject: 'mathematics' } } },
    });
    expect(await refusal(seatStudents(s.teacher, s.schoolId, rs, [mathsStudent.id], NOW))).toBeInstanceOf(UserError);

    const own = await saveTeacher(
      s.director,
      s.schoolId,
      null,
      { name: 'Anna Polonistka', subjects: ['polish'], external: false, userId: null },
      NOW,
    );
    const chair = await saveTeacher(
      s.director,
      s.schoolId,
      null,
      { name: 'Piotr Historyk', subjects: ['history'], external: false, userId: null },
      NOW,
    );
    await setTeamMember(s.teacher, s.schoolId, rs, chair, 'chair', NOW);
    await setTeamMember(s.teacher, s.schoolId, rs, own, 'member', NOW);

    const page = await roomSessionPage(s.teacher, s.schoolId, room, rs, NOW);
    expect(page.seated).toHaveLength(32);
    expect(page.unseated).toHaveLength(3);
    expect(page.requiredMembers).toBe(4);
    expect(page.warnings).toEqual(
      expect.arrayContaining([
        'W zespole są 2 osoby, a potrzeba co najmniej 4 osoby.',
        'W zespole nie ma nauczyciela z innej szkoły lub placówki.',
        'Anna Polonistka: Nauczyciel zdawanego przedmiotu nie może być w zespole nadzorującym tej sali.',
      ]),
    );
    expect(page.canWork).toBe(true);
    expect(page.isDirector).toBe(false);

    // Z6: a TEACHER staff member cannot approve; the director can, audited.
    const refused = await refusal(approveTeam(s.teacher, s.schoolId, rs, NOW));
    expect((refused as UserError).codes).toEqual(['planner.access.directorOnly']);
    await approveTeam(s.director, s.schoolId, rs, NOW);
    expect(await db().roomSession.findUniqueOrThrow({ where: { id: rs } })).toMatchObject({
      approvedById: s.director.id,
      approvedAt: NOW,
    });
    expect(await db().auditEntry.count({ where: { action: 'matura.team.approved', objectId: rs } })).toBe(1);
    expect((await roomsPage(s.director, s.schoolId, NOW)).rooms[0].sessions[0]).toMatchObject({
      seated: 32,
      members: 2,
      approved: true,
    });

    // Changing the team afterwards clears the approval.
    await removeTeamMember(s.teacher, s.schoolId, rs, own, NOW);
    expect((await db().roomSession.findUniqueOrThrow({ where: { id: rs } })).approvedAt).toBeNull();
    await approveTeam(s.director, s.schoolId, rs, NOW);
    const seated = await db().roomSeat.findFirstOrThrow({ where: { roomSessionId: rs } });
    await unseatStudent(s.teacher, s.schoolId, rs, seated.studentId, NOW);
    expect((await db().roomSession.findUniqueOrThrow({ where: { id: rs } })).approvedAt).toBeNull();

    const plan = await roomsPlan(s.director, s.schoolId, NOW);
    expect(plan[0]).toMatchObject({ room: 'Sala 12', seats: 32 });
    expect(plan[0].sessions[0].students).toHaveLength(31);
    expect(plan[0].sessions[0].team).toEqual([expect.objectContaining({ name: 'Piotr Historyk', role: 'chair' })]);
  });

  it('warns about a teacher in two rooms of one session, on both rooms', async () => {
    const s = await plannerSchool();
    const a = await saveRoom(s.director, s.schoolId, null, { name: 'A', seats: 10, computers: false }, NOW);
    const b = await saveRoom(s.director, s.schoolId, null, { name: 'B', seats: 10, computers: false }, NOW);
    const t = await saveTeacher(
      s.director,
      s.schoolId,
      null,
      { name: 'Ewa Fizyk', subjects: ['physics'], external: true, userId: null },
      NOW,
    );
    const ra = await addRoomSession(s.director, s.schoolId, a, maths, NOW);
    const rb = await addRoomSession(s.director, s.schoolId, b, maths, NOW);
    await setTeamMember(s.director, s.schoolId, ra, t, 'member', NOW);
    await setTeamMember(s.director, s.schoolId, rb, t, 'member', NOW);
    const twoRooms = 'Ewa Fizyk: Ten nauczyciel jest już w zespole innej sali na tej samej sesji.';
    expect((await roomSessionPage(s.director, s.schoolId, a, ra, NOW)).warnings).toContain(twoRooms);
    expect((await roomSessionPage(s.director, s.schoolId, b, rb, NOW)).warnings).toContain(twoRooms);
    // The room in the address must be the room session's own.
    expect(await refusal(roomSessionPage(s.director, s.schoolId, a, rb, NOW))).toBeInstanceOf(NotFoundError);
  });

  it("refuses another school's room, session and teacher as not found", async () => {
    const s = await plannerSchool();
    const other = await plannerSchool();
    const room = await saveRoom(
      other.director,
      other.schoolId,
      null,
      { name: 'Obca', seats: 10, computers: false },
      NOW,
    );
    const teacher = await saveTeacher(
      other.director,
      other.schoolId,
      null,
      { name: 'Obcy', subjects: [], external: false, userId: null },
      NOW,
    );
    const rs = await addRoomSession(other.director, other.schoolId, room, polish, NOW);
    // Through one's own school's id: the other school's rows are not there.
    expect(
      await refusal(saveRoom(s.director, s.schoolId, room, { name: 'X', seats: 5, computers: false }, NOW)),
    ).toBeInstanceOf(NotFoundError);
    expect(await refusal(deleteRoom(s.director, s.schoolId, room, NOW))).toBeInstanceOf(NotFoundError);
    expect(await refusal(addRoomSession(s.director, s.schoolId, room, polish, NOW))).toBeInstanceOf(NotFoundError);
    expect(await refusal(seatAllRemaining(s.director, s.schoolId, rs, NOW))).toBeInstanceOf(NotFoundError);
    expect(await refusal(deleteTeacher(s.director, s.schoolId, teacher, NOW))).toBeInstanceOf(NotFoundError);
    const ownRoom = await saveRoom(s.director, s.schoolId, null, { name: 'Własna', seats: 10, computers: false }, NOW);
    const ownRs = await addRoomSession(s.director, s.schoolId, ownRoom, polish, NOW);
    expect(await refusal(setTeamMember(s.director, s.schoolId, ownRs, teacher, 'member', NOW))).toBeInstanceOf(
      NotFoundError,
    );
    // Through the other school's id: not its staff.
    expect(await refusal(roomsPage(s.director, other.schoolId, NOW))).toBeInstanceOf(NotFoundError);
  });

  it('after the exam year (10 July) shows everything read-only and refuses every change', async () => {
    const s = await plannerSchool();
    const room = await saveRoom(s.director, s.schoolId, null, { name: 'Sala 1', seats: 10, computers: true }, NOW);
    const rs = await addRoomSession(s.director, s.schoolId, room, polish, NOW);
    const t = await saveTeacher(
      s.director,
      s.schoolId,
      null,
      { name: 'Jan Nowak', subjects: [], external: false, userId: null },
      NOW,
    );
    await setTeamMember(s.director, s.schoolId, rs, t, 'chair', NOW);

    expect((await roomsPage(s.director, s.schoolId, JULY)).canWork).toBe(false);
    expect((await roomSessionPage(s.director, s.schoolId, room, rs, JULY)).members).toHaveLength(1);
    const readOnly = ['planner.access.readOnly'];
    for (const change of [
      () => saveRoom(s.director, s.schoolId, null, { name: 'Sala 2', seats: 10, computers: false }, JULY),
      () =>
        saveTeacher(s.director, s.schoolId, t, { name: 'Jan Nowak', subjects: [], external: true, userId: null }, JULY),
      () => deleteTeacher(s.director, s.schoolId, t, JULY),
      () => addRoomSession(s.director, s.schoolId, room, maths, JULY),
      () => seatAllRemaining(s.director, s.schoolId, rs, JULY),
      () => setTeamMember(s.director, s.schoolId, rs, t, 'member', JULY),
      () => approveTeam(s.director, s.schoolId, rs, JULY),
    ]) {
      expect(((await refusal(change())) as UserError).codes).toEqual(readOnly);
    }
  });
});

describe('the demo', () => {
  it('gives the demo school rooms, teachers and a team at the Polish exam, once', async () => {
    const r = await orderLicence(order({ okeCode: DEMO_SCHOOL.okeCode }), null, NOW);
    if (r.fieldErrors) throw new Error(JSON.stringify(r.fieldErrors));
    await seedSchoolsTeamsDemo(NOW);
    await seedSchoolsTeamsDemo(NOW);
    expect(await db().examRoom.count({ where: { schoolId: r.schoolId } })).toBe(2);
    expect(await db().schoolTeacher.count({ where: { schoolId: r.schoolId } })).toBe(3);
    const director = await db().schoolStaff.findFirstOrThrow({ where: { schoolId: r.schoolId } });
    const plan = await roomsPlan({ id: director.userId }, r.schoolId, NOW);
    const gym = plan.find((x) => x.sessions.length > 0)!;
    expect(gym.sessions[0]).toMatchObject({ subject: 'polish', level: 'basic' });
    expect(gym.sessions[0].team.map((m) => m.role)).toEqual(['chair', 'member', 'member']);
    // The 2028 timetable too (the years on offer in December 2026: 2027 and 2028).
    expect(await db().examSession.count({ where: { examYear: 2028 } })).toBeGreaterThan(20);
  });
});
