// Staff keep an exam year's subject list (issue 23): a valid changed list is stored and is what
// the planner reads, audited; bad JSON, a schema error or another year store nothing; a list that
// drops a subject a student of the year declared is refused naming it; a reset goes back to the
// built-in list; someone without schools:manage is refused.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError, userErrorText } from '@/lib/errors';
import { SUBJECT_LISTS } from '@/lib/matura/data/subjects';
import { subjectListFor } from '@/lib/matura/subject-list';
import { resetSubjectList, saveSubjectList, subjectListJson, subjectListsPanel } from '@/lib/matura/subject-list-admin';
import type { SubjectList } from '@/lib/matura/subjects';
import { DECEMBER, licenceOffer, plannerSchool, refusal } from './planner-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const base = SUBJECT_LISTS[2027];
const withAstronomy: SubjectList = {
  ...base,
  subjects: [
    ...base.subjects,
    { code: 'astronomy', name: 'astronomia', kind: 'additional', formulas: ['2023'], written: ['extended'], oral: [] },
  ],
};
const json = (l: SubjectList) => JSON.stringify(l, null, 2);

let staff: string;
let support: string;

async function refusedText(p: Promise<unknown>): Promise<string> {
  const e = await refusal(p);
  expect(e).toBeInstanceOf(UserError);
  const t = userErrorText(e as UserError);
  return [t.error, ...Object.values(t.fieldErrors ?? {})].join(' ');
}

beforeAll(async () => {
  staff = (
    await db().user.create({
      data: {
        email: 'ksiegowa@planeta.example.pl',
        firstName: 'Ewa',
        lastName: 'Księgowa',
        passwordHash: 'x',
        roles: ['ACCOUNTING'],
      },
    })
  ).id;
  support = (
    await db().user.create({
      data: {
        email: 'pomoc@planeta.example.pl',
        firstName: 'Piotr',
        lastName: 'Pomocny',
        passwordHash: 'x',
        roles: ['SUPPORT'],
      },
    })
  ).id;
  await licenceOffer();
});

describe("an exam year's subject list kept by staff", () => {
  it('shows the built-in lists of the years on offer', async () => {
    const cards = await subjectListsPanel(DECEMBER);
    expect(cards.map((c) => [c.examYear, c.origin])).toEqual([
      [2027, 'builtIn'],
      [2028, 'none'],
    ]);
    expect(cards[0].rows.find((r) => r.code === 'polish')?.name).toBe('język polski');
    expect(JSON.parse(cards[1].json).examYear).toBe(2028);
  });

  it('stores a valid changed list: the planner reads it, the audit has it, the panel names who', async () => {
    await saveSubjectList(staff, 2027, json(withAstronomy), DECEMBER);
    expect(await subjectListFor(2027)).toEqual(withAstronomy);
    const audit = await db().auditEntry.findFirstOrThrow({
      where: { action: 'matura.subject-list.saved', objectType: 'maturaSubjectList', objectId: '2027' },
    });
    expect(audit.actorId).toBe(staff);
    expect((audit.after as { subjects: string[] }).subjects).toContain('astronomy');
    const card = (await subjectListsPanel(DECEMBER)).find((c) => c.examYear === 2027)!;
    expect(card.origin).toBe('stored');
    expect(card.originText).toContain('Ewa Księgowa');
    expect(card.rows.at(-1)).toMatchObject({ code: 'astronomy', name: 'astronomia' });
    expect(JSON.parse((await subjectListJson(2027))!)).toEqual(withAstronomy);
  });

  it('refuses bad JSON, a schema error and another year, storing nothing', async () => {
    const before = await db().maturaSubjectList.findMany();
    const audits = await db().auditEntry.count();
    expect(await refusedText(saveSubjectList(staff, 2027, '{\n  "examYear": 2027,\n}', DECEMBER))).toMatch(
      /To nie jest poprawny JSON: błąd w wierszu 3, kolumnie 1/,
    );
    const noPolish = { ...base, subjects: base.subjects.filter((s) => s.code !== 'polish') };
    expect(await refusedText(saveSubjectList(staff, 2027, json(noPolish), DECEMBER))).toMatch(
      /brakuje przedmiotu „polish” na poziomie podstawowym/,
    );
    expect(await refusedText(saveSubjectList(staff, 2026, json(base), DECEMBER))).toMatch(/examYear/);
    expect(await db().maturaSubjectList.findMany()).toEqual(before);
    expect(await db().auditEntry.count()).toBe(audits);
  });

  it('refuses a list that drops a subject a student of the year declared, naming it', async () => {
    const school = await plannerSchool(DECEMBER);
    const student = await db().maturaStudent.create({
      data: {
        schoolId: school.schoolId,
        licenceId: school.licenceId,
        firstName: 'Jan',
        lastName: 'Kowalski',
        className: '4a',
        formula: '2023',
      },
    });
    await db().maturaExam.createMany({
      data: [
        { schoolId: school.schoolId, studentId: student.id, subject: 'astronomy', part: 'written', level: 'extended' },
        { schoolId: school.schoolId, studentId: student.id, subject: 'polish', part: 'written', level: 'basic' },
      ],
    });
    const message = await refusedText(saveSubjectList(staff, 2027, json(base), DECEMBER));
    expect(message).toContain('astronomia (egzaminów w deklaracjach: 1)');
    expect(await subjectListFor(2027)).toEqual(withAstronomy);
    // The reset would drop it too.
    expect(await refusedText(resetSubjectList(staff, 2027))).toContain('astronomia');
    await db().maturaExam.deleteMany({ where: { studentId: student.id, subject: 'astronomy' } });
  });

  it('refuses someone without schools:manage', async () => {
    expect(await refusedText(saveSubjectList(support, 2027, json(base), DECEMBER))).toMatch(/uprawnień/);
    expect(await refusedText(resetSubjectList(support, 2027))).toMatch(/uprawnień/);
    expect(await subjectListFor(2027)).toEqual(withAstronomy);
  });

  it('resets to the built-in list, audited; a year without one cannot be reset', async () => {
    await resetSubjectList(staff, 2027);
    expect(await subjectListFor(2027)).toEqual(base);
    expect(await db().maturaSubjectList.count()).toBe(0);
    expect(await db().auditEntry.count({ where: { action: 'matura.subject-list.reset', objectId: '2027' } })).toBe(1);
    expect(await refusedText(resetSubjectList(staff, 2027))).toMatch(/wbudowaną/);
    expect(await refusedText(resetSubjectList(staff, 2028))).toMatch(/nie ma listy wbudowanej/);
  });
});
