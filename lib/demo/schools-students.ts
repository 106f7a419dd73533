// Demo students of the planner (issue 23): two final classes of a school with their declarations
// (built through the form's own mapping and the year's rules, so they are valid), a few without a
// declaration yet and some checked against paper — so every page of the planner has something to
// show. Idempotent: a school that has students is left alone.
import { db } from '@/lib/db/client';
import { examsFromForm } from '@/lib/matura/declarations/declaration-form';
import { declarationErrors } from '@/lib/matura/rules/declaration';
import { subjectListFor } from '@/lib/matura/subject-list';

const FIRST = [
  'Anna',
  'Jakub',
  'Zuzanna',
  'Szymon',
  'Julia',
  'Antoni',
  'Maja',
  'Filip',
  'Hanna',
  'Jan',
  'Lena',
  'Franciszek',
  'Alicja',
  'Mikołaj',
  'Oliwia',
  'Wojciech',
];
const LAST = [
  'Nowak',
  'Kowalski',
  'Wiśniewska',
  'Wójcik',
  'Kowalczyk',
  'Kamiński',
  'Lewandowska',
  'Zieliński',
  'Szymańska',
  'Woźniak',
  'Dąbrowska',
  'Kozłowski',
  'Jankowska',
  'Mazur',
  'Kwiatkowska',
  'Krawczyk',
];
// Additional subjects by profile: 4a mathematics and physics, 4b biology and chemistry.
const PROFILE: Record<string, Record<string, string>[]> = {
  '4a': [
    { 'add.0.subject': 'mathematics', 'add.1.subject': 'physics' },
    {
      'add.0.subject': 'mathematics',
      'add.1.subject': 'informatyka',
      'add.1.env.operatingSystem': 'windows',
      'add.1.env.officeSuite': 'msOffice',
      'add.1.env.programmingLanguage': 'python',
    },
    { 'add.0.subject': 'mathematics', 'add.1.subject': 'english', 'add.1.level': 'extended' },
  ],
  '4b': [
    { 'add.0.subject': 'biology', 'add.1.subject': 'chemistry' },
    { 'add.0.subject': 'biology', 'add.1.subject': 'chemistry', 'add.2.subject': 'mathematics' },
    { 'add.0.subject': 'history', 'add.1.subject': 'civics', 'add.2.subject': 'polish' },
  ],
};

export async function seedSchoolStudentsDemo(
  okeCode: string,
  checkedByLogin: string,
  opts: { declared: number } = { declared: 28 },
) {
  const school = await db().school.findUnique({
    where: { okeCode },
    select: { id: true, licences: { orderBy: { examYear: 'asc' }, take: 1, select: { id: true, examYear: true } } },
  });
  const licence = school?.licences[0];
  if (!school || !licence) return;
  if (await db().maturaStudent.count({ where: { schoolId: school.id } })) return;
  const list = await subjectListFor(licence.examYear);
  const checker = await db().user.findUnique({ where: { login: checkedByLogin }, select: { id: true } });
  await db().$transaction(async (tx) => {
    for (let i = 0; i < 32; i++) {
      const className = i < 16 ? '4a' : '4b';
      const student = await tx.maturaStudent.create({
        data: {
          schoolId: school.id,
          licenceId: licence.id,
          // 4b gets other pairs of names than 4a (offsets coprime with 16).
          firstName: FIRST[i < 16 ? i : (i * 5 + 3) % 16],
          lastName: LAST[i < 16 ? (i * 7) % 16 : (i * 3 + 1) % 16],
          className,
          formula: '2023',
          checkedAt: i % 3 === 0 && i < opts.declared ? new Date(Date.UTC(licence.examYear - 1, 10, 20, 11)) : null,
          checkedById: i % 3 === 0 && i < opts.declared ? (checker?.id ?? null) : null,
        },
        select: { id: true },
      });
      if (i >= opts.declared || !list) continue;
      const fields = { foreign: i % 5 === 4 ? 'german' : 'english', ...PROFILE[className][i % 3] };
      const { exams } = examsFromForm(fields);
      const errors = declarationErrors(list, { formula: '2023', vocationalExemption: false, exams });
      if (errors.length) throw new Error(`demo declaration ${JSON.stringify(fields)} breaks ${errors[0].field}`);
      await tx.maturaExam.createMany({
        data: exams.map((e) => ({
          schoolId: school.id,
          studentId: student.id,
          subject: e.subject,
          part: e.part,
          level: e.level,
          environment: e.part === 'written' && e.environment ? e.environment : undefined,
        })),
      });
    }
  });
}
