// The planner's summaries and printouts (issue 23, A7, A14): the OKE counts (the database's GROUP
// BY equals the grouping rule), per class and per session day, the unchecked report; every file
// refused in restricted mode and allowed once the transfer is booked, reading back the students'
// names (pdftotext, exceljs); another school's data → NotFoundError, and the route handler answers
// a refusal with a redirect to the printouts page.
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { orderLicence } from '@/lib/licence/order';
import { plannerSummaries, subjectCountsOf } from '@/lib/matura/summaries/summaries';
import { subjectCounts } from '@/lib/matura/summaries/group';
import { downloadAccess } from '@/lib/matura/printouts/data';
import {
  declarationsFile,
  roomListsFile,
  studentsXlsxFile,
  subjectsPdfFile,
  subjectsXlsxFile,
  teamsFile,
} from '@/lib/matura/printouts/files';
import { DECEMBER, licenceOffer, order, paid, plannerSchool } from './planner-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

// The route handler's signed-in user (its session cookie is not what is tested here).
const routeViewer = vi.hoisted(() => ({ current: null as { id: string; roles: string[] } | null }));
vi.mock('@/lib/http/route', async (orig) => ({
  ...(await orig<typeof import('@/lib/http/route')>()),
  routeUser: async () => routeViewer.current,
}));

const NOW = DECEMBER;
const PAID = new Date('2026-12-04T10:00:00Z');

const pdfText = (pdf: Buffer) =>
  execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
const pdfPages = (pdf: Buffer) =>
  execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').split('\f').length -
  1;

async function sheetRows(xlsx: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const rows: string[] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String).join(' | ')));
  return rows;
}

beforeAll(async () => {
  await licenceOffer();
  const at = (iso: string) => new Date(iso);
  await db().examSession.createMany({
    data: [
      { examYear: 2027, subject: 'polish', part: 'written', level: 'basic', startsAt: at('2027-05-04T07:00:00Z') },
      { examYear: 2027, subject: 'mathematics', part: 'written', level: 'basic', startsAt: at('2027-05-05T07:00:00Z') },
      { examYear: 2027, subject: 'english', part: 'written', level: 'basic', startsAt: at('2027-05-06T07:00:00Z') },
      { examYear: 2027, subject: 'biology', part: 'written', level: 'extended', startsAt: at('2027-05-06T12:00:00Z') },
      {
        examYear: 2027,
        subject: 'informatyka',
        part: 'written',
        level: 'extended',
        startsAt: at('2027-05-07T07:00:00Z'),
      },
      // Another year's timetable does not count.
      { examYear: 2026, subject: 'polish', part: 'written', level: 'basic', startsAt: at('2026-05-05T07:00:00Z') },
    ],
  });
});

type Exam = [subject: string, part: string, level: string, environment?: Record<string, string>];
const OBLIGATORY: Exam[] = [
  ['polish', 'written', 'basic'],
  ['mathematics', 'written', 'basic'],
  ['english', 'written', 'basic'],
  ['polish', 'oral', 'none'],
  ['english', 'oral', 'none'],
];
const ENV = { operatingSystem: 'linux', officeSuite: 'libreOffice', programmingLanguage: 'python' };

/** A planner school (XXI LO) with three students in two classes (one checked). */
async function school() {
  const s = await plannerSchool(NOW, { order: { schoolName: 'XXI Liceum Ogólnokształcące' } });
  const add = async (firstName: string, lastName: string, className: string, extra: Exam[], checked = false) => {
    const st = await db().maturaStudent.create({
      data: {
        schoolId: s.schoolId,
        licenceId: s.licenceId,
        firstName,
        lastName,
        className,
        formula: '2023',
        checkedAt: checked ? NOW : null,
        checkedById: checked ? s.director.id : null,
      },
    });
    await db().maturaExam.createMany({
      data: [...OBLIGATORY, ...extra].map(([subject, part, level, environment]) => ({
        schoolId: s.schoolId,
        studentId: st.id,
        subject,
        part,
        level,
        environment,
      })),
    });
    return st;
  };
  const students = {
    zofia: await add('Zofia', 'Wójcik', '3b', [['biology', 'written', 'extended']]),
    jan: await add('Jan', 'Łukasiewicz', '3a', [['informatyka', 'written', 'extended', ENV]], true),
    ola: await add('Aleksandra', 'Kowalczyk', '3a', [
      ['biology', 'written', 'extended'],
      ['chemistry', 'written', 'extended'],
    ]),
  };
  return { ...s, students };
}

describe('summaries', () => {
  it('counts students per subject and level, per class, per session day, and reports the unchecked', async () => {
    const s = await school();
    const sum = await plannerSummaries(s.director, s.schoolId, NOW);
    expect(sum).toMatchObject({ examYear: 2027, students: 3, checked: 1 });
    const count = (subject: string, part = 'written', level = 'basic') =>
      sum.subjects.find((x) => x.subject === subject && x.part === part && x.level === level)?.students;
    expect(count('polish')).toBe(3);
    expect(count('polish', 'oral', 'none')).toBe(3);
    expect(count('biology', 'written', 'extended')).toBe(2);
    expect(count('informatyka', 'written', 'extended')).toBe(1);
    expect(count('chemistry', 'written', 'extended')).toBe(1);
    // The list's order: Polish first.
    expect(sum.subjects[0]).toEqual({ subject: 'polish', part: 'written', level: 'basic', students: 3 });

    expect(sum.classes.map((c) => [c.className, c.students])).toEqual([
      ['3a', 2],
      ['3b', 1],
    ]);
    expect(sum.classes[0].exams).toContainEqual({
      subject: 'biology',
      part: 'written',
      level: 'extended',
      students: 1,
    });

    expect(sum.days.map((d) => [d.day, d.students, d.sessions.map((x) => `${x.subject}:${x.students}`)])).toEqual([
      ['2027-05-04', 3, ['polish:3']],
      ['2027-05-05', 3, ['mathematics:3']],
      ['2027-05-06', 3, ['english:3', 'biology:2']],
      ['2027-05-07', 1, ['informatyka:1']],
    ]);
    // Chemistry and the orals have no session in this timetable.
    expect(sum.unscheduled.map((u) => `${u.subject}/${u.part}`)).toEqual(
      expect.arrayContaining(['chemistry/written', 'polish/oral', 'english/oral']),
    );
    expect(sum.unchecked.map((u) => u.lastName)).toEqual(['Kowalczyk', 'Wójcik']);
  });

  it("the database's GROUP BY gives what the grouping rule gives from the rows", async () => {
    const s = await school();
    const rows = await db().maturaExam.findMany({
      where: { schoolId: s.schoolId },
      select: { studentId: true, subject: true, part: true, level: true },
    });
    const order = (await plannerSummaries(s.director, s.schoolId, NOW)).list!.subjects.map((x) => x.code);
    expect(await subjectCountsOf(s.schoolId, s.licenceId, order)).toEqual(subjectCounts(rows, order));
  });

  it("never counts another school's students, and refuses another school's director (404)", async () => {
    const a = await school();
    const b = await school();
    expect((await plannerSummaries(a.director, a.schoolId, NOW)).students).toBe(3);
    await expect(plannerSummaries(a.director, b.schoolId, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(declarationsFile(a.director, b.schoolId, null, PAID)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('printouts and exports', () => {
  it('are refused while the licence is unpaid, with the pro-forma to pay, and allowed once the transfer is booked', async () => {
    const s = await school();
    const access = downloadAccess(s.director, s.schoolId, NOW);
    await expect(access).rejects.toBeInstanceOf(UserError);
    await expect(access).rejects.toThrow(s.proformaNumber);
    // Started one at a time: a second refusal started early would reject before it is awaited.
    for (const file of [
      () => declarationsFile(s.director, s.schoolId, null, NOW),
      () => subjectsXlsxFile(s.director, s.schoolId, NOW),
    ])
      await expect(file()).rejects.toBeInstanceOf(UserError);
    await paid(s);
    await expect(downloadAccess(s.director, s.schoolId, PAID)).resolves.toMatchObject({ level: 'full' });
  });

  it('the declarations for signature: one page per student by class and surname, with exams, environment and signature lines', async () => {
    const s = await school();
    await paid(s);
    const file = await declarationsFile(s.director, s.schoolId, null, PAID);
    expect(file).toMatchObject({ name: 'deklaracje.pdf', type: 'application/pdf' });
    expect(pdfPages(file.body)).toBe(3);
    const text = pdfText(file.body);
    expect(text).toContain('XXI Liceum');
    expect(text).toContain('Egzamin maturalny 2027');
    // 3a Kowalczyk, 3a Łukasiewicz, 3b Wójcik.
    const at = (name: string) => text.indexOf(name);
    expect(at('Aleksandra Kowalczyk')).toBeGreaterThan(-1);
    expect(at('Aleksandra Kowalczyk')).toBeLessThan(at('Jan Łukasiewicz'));
    expect(at('Jan Łukasiewicz')).toBeLessThan(at('Zofia Wójcik'));
    expect(text).toContain('język polski');
    expect(text).toContain('poziom rozszerzony');
    expect(text).toContain('Python');
    expect(text).toContain('podpis ucznia');
    expect(text).toContain('podpis rodzica');

    const one = await declarationsFile(s.director, s.schoolId, s.students.jan.id, PAID);
    expect(pdfPages(one.body)).toBe(1);
    expect(pdfText(one.body)).toContain('Jan Łukasiewicz');
    expect(pdfText(one.body)).not.toContain('Wójcik');

    const other = await school();
    await expect(declarationsFile(s.director, s.schoolId, other.students.jan.id, PAID)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('the subject counts as PDF and XLSX, and the students export one row each', async () => {
    const s = await school();
    await paid(s);
    const pdf = pdfText((await subjectsPdfFile(s.director, s.schoolId, PAID)).body);
    expect(pdf).toContain('biologia');
    expect(pdf).toContain('Uczniów w planerze: 3');

    const counts = await sheetRows((await subjectsXlsxFile(s.director, s.schoolId, PAID)).body);
    expect(counts).toContainEqual('język polski | poziom podstawowy | 3');
    expect(counts).toContainEqual('biologia | poziom rozszerzony | 2');

    const students = await sheetRows((await studentsXlsxFile(s.director, s.schoolId, PAID)).body);
    const jan = students.find((r) => r.includes('Łukasiewicz'))!;
    expect(jan).toContain('3a');
    expect(jan).toContain('informatyka, poziom rozszerzony');
    expect(jan).toContain('Język programowania: Python');
    expect(students.filter((r) => /Wójcik|Kowalczyk|Łukasiewicz/.test(r))).toHaveLength(3);
  });

  it('the room lists and team appointments per room session, with the seated students and the team', async () => {
    const s = await school();
    await paid(s);
    const session = await db().examSession.findFirstOrThrow({ where: { examYear: 2027, subject: 'polish' } });
    const room = await db().examRoom.create({
      data: { schoolId: s.schoolId, licenceId: s.licenceId, name: 'Aula 12', seats: 40 },
    });
    const rs = await db().roomSession.create({
      data: {
        schoolId: s.schoolId,
        roomId: room.id,
        sessionId: session.id,
        approvedAt: PAID,
        approvedById: s.director.id,
      },
    });
    await db().roomSeat.createMany({
      data: Object.values(s.students).map((st) => ({ roomSessionId: rs.id, studentId: st.id })),
    });
    const teacher = (name: string, external = false) =>
      db().schoolTeacher.create({ data: { schoolId: s.schoolId, name, external, subjects: ['history'] } });
    const chair = await teacher('Maria Przewodnicząca');
    const guest = await teacher('Piotr Gość', true);
    await db().teamMember.createMany({
      data: [
        { roomSessionId: rs.id, teacherId: guest.id, role: 'member' },
        { roomSessionId: rs.id, teacherId: chair.id, role: 'chair' },
      ],
    });

    const rooms = pdfText((await roomListsFile(s.director, s.schoolId, PAID)).body);
    expect(rooms).toContain('Sala: Aula 12');
    expect(rooms).toContain('język polski, poziom podstawowy');
    expect(rooms).toContain('Łukasiewicz');
    expect(rooms).toContain('Wójcik');

    const teams = pdfText((await teamsFile(s.director, s.schoolId, PAID)).body);
    expect(teams).toContain('Maria Przewodnicząca');
    expect(teams.indexOf('Maria Przewodnicząca')).toBeLessThan(teams.indexOf('Piotr Gość'));
    expect(teams).toContain('spoza szkoły');
    expect(teams).toContain('zatwierdzony');
  });
});

describe('the download route', () => {
  const call = async (schoolId: string) => {
    const { GET } = await import('@/app/planer/szkoly/[schoolId]/wydruki/deklaracje.pdf/route');
    return GET(new Request(`http://localhost/planer/szkoly/${schoolId}/wydruki/deklaracje.pdf`), {
      params: Promise.resolve({ schoolId }),
    });
  };

  it("redirects a refused download to the printouts page (303, ?odmowa=1), and answers 404 for another school's", async () => {
    // The route takes the real clock: order both schools now, so they are unpaid (restricted) now.
    const a = await orderLicence(order(), null);
    const b = await orderLicence(order(), null);
    if (a.fieldErrors || b.fieldErrors) throw new Error('order refused');
    const { userId } = await db().schoolStaff.findFirstOrThrow({ where: { schoolId: a.schoolId } });
    routeViewer.current = { id: userId, roles: [] };
    const refused = await call(a.schoolId);
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toMatch(new RegExp(`/planer/szkoly/${a.schoolId}/wydruki\\?odmowa=1$`));
    expect((await call(b.schoolId)).status).toBe(404);
    expect((await call('bad id!')).status).toBe(404);
    routeViewer.current = null;
    expect((await call(a.schoolId)).status).toBe(404);
  });
});
