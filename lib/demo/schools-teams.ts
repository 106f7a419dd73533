// Demo of the planner's rooms and teams (issue 23): CKE's May timetable for the exam years on
// offer, so staff's panel and the demo school's rooms have sessions to plan; and for the demo
// school (XIV LO) three teachers and a room at the Polish exam with a team. Idempotent.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { orderableExamYears } from '@/lib/licence/rules/exam-years';
import { ensureTimetable } from '@/lib/matura/timetable';
import { DEMO_SCHOOL } from './schools';

const TEACHERS = [
  { name: 'Małgorzata Wiśniewska', subjects: ['history', 'civics'], external: false, role: 'chair' },
  { name: 'Krzysztof Zieliński', subjects: ['physics', 'mathematics'], external: false, role: 'member' },
  { name: 'Barbara Lewandowska (XV LO)', subjects: ['biology'], external: true, role: 'member' },
] as const;

export async function seedSchoolsTeamsDemo(now = currentTime()): Promise<void> {
  for (const year of orderableExamYears(now)) await ensureTimetable(year);
  const school = await db().school.findUnique({
    where: { okeCode: DEMO_SCHOOL.okeCode },
    select: { id: true, licences: { orderBy: { examYear: 'asc' }, take: 1, select: { id: true, examYear: true } } },
  });
  const licence = school?.licences[0];
  if (!school || !licence) return;
  if (await db().examRoom.count({ where: { schoolId: school.id } })) return;
  const polish = await db().examSession.findFirst({
    where: { examYear: licence.examYear, subject: 'polish', part: 'written', level: 'basic' },
    select: { id: true },
  });
  await db().$transaction(async (tx) => {
    const room = await tx.examRoom.create({
      data: { schoolId: school.id, licenceId: licence.id, name: 'Sala gimnastyczna', seats: 60, computers: false },
      select: { id: true },
    });
    await tx.examRoom.create({
      data: { schoolId: school.id, licenceId: licence.id, name: 'Sala 21 (informatyczna)', seats: 16, computers: true },
    });
    const teachers = [];
    for (const t of TEACHERS) {
      const row = await tx.schoolTeacher.create({
        data: { schoolId: school.id, name: t.name, subjects: [...t.subjects], external: t.external },
        select: { id: true },
      });
      teachers.push({ id: row.id, role: t.role });
    }
    if (!polish) return;
    const rs = await tx.roomSession.create({
      data: { schoolId: school.id, roomId: room.id, sessionId: polish.id },
      select: { id: true },
    });
    await tx.teamMember.createMany({
      data: teachers.map((t) => ({ roomSessionId: rs.id, teacherId: t.id, role: t.role })),
    });
    // The school's students who declared written Polish sit it in the gym (lib/demo/schools-students.ts).
    const declared = await tx.maturaStudent.findMany({
      where: {
        schoolId: school.id,
        licenceId: licence.id,
        exams: { some: { subject: 'polish', part: 'written', level: 'basic' } },
      },
      select: { id: true },
    });
    await tx.roomSeat.createMany({ data: declared.map((st) => ({ roomSessionId: rs.id, studentId: st.id })) });
  });
}
