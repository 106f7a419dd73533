// The planner's students and declarations (issue 23): typed students checked by column, the file
// import kept as a preview with its errors by row and column and confirmed in one transaction
// (once), declarations saved whole after the year's rules, the lock after the deadline with the
// director's audited unlock, the paper check, another school → 404, read-only after the year.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { addStudent, deleteStudent, markChecked, updateStudent } from '@/lib/matura/students/students';
import { confirmStudentImport, createStudentImport, studentImportPreview } from '@/lib/matura/students/student-import';
import { studentListPage } from '@/lib/matura/students/student-list';
import { saveDeclaration, unlockDeclaration } from '@/lib/matura/declarations/declarations';
import { declarationPage } from '@/lib/matura/declarations/declaration-page';
import { DECEMBER, JULY, MARCH, licenceOffer, plannerSchool, refusal, type PlannerSchool } from './planner-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const csv = (text: string) => ({ bytes: new Uint8Array(Buffer.from(text, 'utf8')), name: 'uczniowie.csv' });
const GOOD = {
  foreign: 'english',
  'add.0.subject': 'mathematics',
  'add.0.level': 'extended',
  'add.1.subject': 'informatyka',
  'add.1.level': 'extended',
  'add.1.env.operatingSystem': 'linux',
  'add.1.env.officeSuite': 'libreOffice',
  'add.1.env.programmingLanguage': 'python',
};

let a: PlannerSchool;
let b: PlannerSchool;
beforeAll(async () => {
  await licenceOffer();
  a = await plannerSchool();
  b = await plannerSchool();
});

describe('typed students', () => {
  it('refuses the first student and the first import before the data-processing agreement is accepted', async () => {
    const c = await plannerSchool(DECEMBER, { dpa: false });
    const e = await refusal(
      addStudent(c.director, c.schoolId, { firstName: 'Jan', lastName: 'Nowak', className: '4a' }, DECEMBER),
    );
    expect((e as Error).message).toMatch(/umowę powierzenia/);
    const file = csv('Nazwisko;Imię;Klasa\nNowak;Jan;4a\n');
    expect(await refusal(createStudentImport(c.director, c.schoolId, file, DECEMBER))).toBeInstanceOf(UserError);
    expect(await db().maturaStudent.count({ where: { schoolId: c.schoolId } })).toBe(0);
  });

  it('adds a student and refuses bad cells by field, and the same student twice', async () => {
    const ok = await addStudent(
      a.teacher,
      a.schoolId,
      { firstName: 'Jan', lastName: 'Nowak', className: '4a' },
      DECEMBER,
    );
    expect(ok.fieldErrors).toBeUndefined();
    const bad = await addStudent(
      a.teacher,
      a.schoolId,
      { firstName: 'J4n', lastName: '', className: '4a', formula: '2019' },
      DECEMBER,
    );
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['firstName', 'formula', 'lastName']);
    const twice = await addStudent(
      a.teacher,
      a.schoolId,
      { firstName: 'jan', lastName: 'NOWAK', className: '4 A' },
      DECEMBER,
    );
    expect(twice.fieldErrors?.lastName).toMatch(/już na liście/);
    expect(await db().maturaStudent.count({ where: { schoolId: a.schoolId } })).toBe(1);
  });

  it("never reaches another school's student (404), and refuses changes when read-only", async () => {
    const s = await db().maturaStudent.findFirstOrThrow({ where: { schoolId: a.schoolId } });
    expect(
      await refusal(
        updateStudent(b.director, b.schoolId, s.id, { firstName: 'X', lastName: 'Y', className: '1a' }, DECEMBER),
      ),
    ).toBeInstanceOf(NotFoundError);
    expect(await refusal(deleteStudent(b.director, a.schoolId, s.id, DECEMBER))).toBeInstanceOf(NotFoundError);
    expect(
      await refusal(addStudent(a.director, a.schoolId, { firstName: 'Ola', lastName: 'Lis', className: '4b' }, JULY)),
    ).toBeInstanceOf(UserError);
  });
});

describe('the file import', () => {
  it('keeps a file with errors as a preview naming row and column, and writes nothing', async () => {
    const file = csv(
      'Nazwisko;Imię;Klasa;Formuła;Zwolnienie\nKowalska;Anna;4a;;\nZieliński;Piotr;4b;2099;\nKowalska;Anna;4A;2023;\nNowak;Jan;4a;;\n',
    );
    const { id } = await createStudentImport(a.teacher, a.schoolId, file, DECEMBER);
    const preview = (await studentImportPreview(a.teacher, a.schoolId, id, DECEMBER))!;
    expect(preview.errorCount).toBe(3);
    const byRow = Object.fromEntries(preview.rows.map((r) => [r.rowNumber, Object.keys(r.errors)]));
    expect(byRow).toEqual({ 2: [], 3: ['formula'], 4: ['lastName'], 5: ['lastName'] });
    expect(preview.rows[2].errors.lastName).toMatch(/wierszu 2/);
    expect(await refusal(confirmStudentImport(a.teacher, a.schoolId, id, DECEMBER))).toBeInstanceOf(UserError);
    expect(await db().maturaStudent.count({ where: { schoolId: a.schoolId } })).toBe(1);
  });

  it('confirms a clean file in one transaction, once; another school cannot see the preview', async () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `Nowak${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${i >= 26 ? 'x' : ''};Ala;4c;2023;${i === 0 ? 'tak' : ''}`,
    );
    const { id } = await createStudentImport(
      a.teacher,
      a.schoolId,
      csv(`nazwisko,imie,klasa,formula,zwolnienie\n${rows.join('\n').replace(/;/g, ',')}`),
      DECEMBER,
    );
    expect(await studentImportPreview(b.director, b.schoolId, id, DECEMBER)).toBeNull();
    expect((await studentImportPreview(a.teacher, a.schoolId, id, DECEMBER))!.errorCount).toBe(0);
    const [first, second] = await Promise.allSettled([
      confirmStudentImport(a.teacher, a.schoolId, id, DECEMBER),
      confirmStudentImport(a.teacher, a.schoolId, id, DECEMBER),
    ]);
    const done = [first, second].filter((r) => r.status === 'fulfilled');
    expect(done).toHaveLength(1);
    expect(await db().maturaStudent.count({ where: { schoolId: a.schoolId, className: '4c' } })).toBe(30);
    expect(await db().maturaStudent.count({ where: { schoolId: a.schoolId, vocationalExemption: true } })).toBe(1);
    expect(await db().auditEntry.count({ where: { action: 'planner.students.imported', objectId: a.schoolId } })).toBe(
      1,
    );
  });

  it('refuses a file without the header, naming what is missing', async () => {
    const e = await refusal(createStudentImport(a.teacher, a.schoolId, csv('Jan;Kowalski\nAnna;Nowak\n'), DECEMBER));
    expect((e as Error).message).toMatch(/nagłówka/);
  });
});

describe('declarations', () => {
  let studentId = '';
  beforeAll(async () => {
    const r = await addStudent(
      a.teacher,
      a.schoolId,
      { firstName: 'Maria', lastName: 'Wiśniewska', className: '4d' },
      DECEMBER,
    );
    if (r.fieldErrors) throw new Error('setup');
    studentId = r.id;
  });

  it('refuses a declaration with errors beside each field and writes nothing', async () => {
    const r = await saveDeclaration(
      a.teacher,
      a.schoolId,
      studentId,
      {
        'add.0.subject': 'biology',
        'add.1.subject': 'biology',
        'add.1.level': 'extended',
        'add.2.subject': 'informatyka',
      },
      DECEMBER,
    );
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual([
      'add.1.subject',
      'add.2.env.officeSuite',
      'add.2.env.operatingSystem',
      'add.2.env.programmingLanguage',
      'foreign',
    ]);
    const seven = Object.fromEntries(
      ['biology', 'chemistry', 'physics', 'geography', 'history', 'philosophy', 'civics'].flatMap((s, i) => [
        [`add.${i}.subject`, s],
      ]),
    );
    const tooMany = await saveDeclaration(a.teacher, a.schoolId, studentId, { foreign: 'german', ...seven }, DECEMBER);
    expect(tooMany.fieldErrors?.additional).toMatch(/najwyżej 6/);
    expect(await db().maturaExam.count({ where: { studentId } })).toBe(0);
  });

  it('saves a valid declaration whole; the list shows it complete and unchecked', async () => {
    const r = await saveDeclaration(a.teacher, a.schoolId, studentId, GOOD, DECEMBER);
    expect(r.fieldErrors).toBeUndefined();
    const exams = await db().maturaExam.findMany({
      where: { studentId },
      orderBy: [{ part: 'asc' }, { subject: 'asc' }],
    });
    expect(exams.map((e) => `${e.part}:${e.subject}:${e.level}`)).toEqual([
      'oral:english:none',
      'oral:polish:none',
      'written:english:basic',
      'written:informatyka:extended',
      'written:mathematics:basic',
      'written:mathematics:extended',
      'written:polish:basic',
    ]);
    const page = await studentListPage(a.teacher, a.schoolId, DECEMBER);
    expect(page.students.find((s) => s.id === studentId)?.declaration).toEqual({ kind: 'complete' });
    expect(page.counts.unchecked).toBe(1);
  });

  it('marks the paper check, and a later change takes it back', async () => {
    await markChecked(a.teacher, a.schoolId, studentId, true, DECEMBER);
    expect((await declarationPage(a.teacher, a.schoolId, studentId, DECEMBER)).checked?.by).toBe('Tomasz Uczący');
    const r = await saveDeclaration(
      a.teacher,
      a.schoolId,
      studentId,
      { ...GOOD, 'add.0.subject': 'biology' },
      DECEMBER,
    );
    expect(r.fieldErrors ? null : r.uncheckedBySave).toBe(true);
    expect((await db().maturaStudent.findUniqueOrThrow({ where: { id: studentId } })).checkedAt).toBeNull();
  });

  it('locks after the deadline; only the director unlocks, with a reason, audited, for one change', async () => {
    expect(await refusal(saveDeclaration(a.teacher, a.schoolId, studentId, GOOD, MARCH))).toBeInstanceOf(UserError);
    expect(
      await refusal(unlockDeclaration(a.teacher, a.schoolId, studentId, 'pomyłka w przedmiocie', MARCH)),
    ).toBeInstanceOf(UserError);
    expect(await refusal(unlockDeclaration(a.director, a.schoolId, studentId, 'x', MARCH))).toBeInstanceOf(UserError);
    await unlockDeclaration(a.director, a.schoolId, studentId, 'pomyłka w przedmiocie', MARCH);
    expect(
      await db().auditEntry.count({ where: { action: 'planner.declaration.unlocked', objectId: a.schoolId } }),
    ).toBe(1);
    expect((await saveDeclaration(a.teacher, a.schoolId, studentId, GOOD, MARCH)).fieldErrors).toBeUndefined();
    expect(await refusal(saveDeclaration(a.teacher, a.schoolId, studentId, GOOD, MARCH))).toBeInstanceOf(UserError);
  });

  it('locks what the declaration depends on with it: the formula and the exemption, not a typo in the name', async () => {
    const s = await db().maturaStudent.findUniqueOrThrow({ where: { id: studentId } });
    const same = { firstName: s.firstName, lastName: s.lastName, className: s.className, formula: s.formula };
    expect(
      await refusal(updateStudent(a.teacher, a.schoolId, studentId, { ...same, formula: '2015' }, MARCH)),
    ).toBeInstanceOf(UserError);
    expect(
      await refusal(updateStudent(a.teacher, a.schoolId, studentId, { ...same, vocationalExemption: 'tak' }, MARCH)),
    ).toBeInstanceOf(UserError);
    expect(
      (await updateStudent(a.teacher, a.schoolId, studentId, { ...same, firstName: 'Marta' }, MARCH)).fieldErrors,
    ).toBeUndefined();
    expect(await db().maturaStudent.findUniqueOrThrow({ where: { id: studentId } })).toMatchObject({
      firstName: 'Marta',
      formula: '2023',
      vocationalExemption: false,
    });
  });

  it('takes back the paper check when the formula changes before the deadline', async () => {
    const r = await addStudent(
      a.teacher,
      a.schoolId,
      { firstName: 'Olga', lastName: 'Sowa', className: '4d' },
      DECEMBER,
    );
    if (r.fieldErrors) throw new Error('setup');
    await saveDeclaration(a.teacher, a.schoolId, r.id, GOOD, DECEMBER);
    await markChecked(a.teacher, a.schoolId, r.id, true, DECEMBER);
    await updateStudent(
      a.teacher,
      a.schoolId,
      r.id,
      { firstName: 'Olga', lastName: 'Sowa', className: '4d', formula: '2015' },
      DECEMBER,
    );
    expect((await db().maturaStudent.findUniqueOrThrow({ where: { id: r.id } })).checkedAt).toBeNull();
  });

  it('refuses an unlock before the deadline', async () => {
    expect(await refusal(unlockDeclaration(a.director, a.schoolId, studentId, 'bez powodu', DECEMBER))).toBeInstanceOf(
      UserError,
    );
  });
});
