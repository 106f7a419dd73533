// What one student's declaration page shows: the student, the choices this exam year's list gives
// that student's formula (names resolved here, so the form is plain data), the stored declaration
// as form values with its errors, the lock and unlocks, and the paper check.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { text } from '@/lib/i18n';
import { canWork } from '@/lib/licence/rules/access-level';
import { declarationsLockAt } from '@/lib/matura/rules/deadlines';
import { examLevelName, subjectListFor, subjectName } from '@/lib/matura/subject-list';
import { subjectOf, type Formula, type SubjectList } from '@/lib/matura/subjects';
import type { DeclaredExam } from '@/lib/matura/rules/declaration';
import { studentOf } from '@/lib/matura/students/students';
import { readingAccess } from '@/lib/licence/planner';
import { messages } from '@/lib/i18n';
import { checkDeclaration, declaredExams } from './declarations';
import { lockOf } from './lock';
import { formFromExams, type DeclarationFields } from './declaration-form';

export type Choice = { code: string; name: string };
export type SubjectChoice = Choice & {
  levels: Choice[];
  environment: (Choice & { options: Choice[] })[];
};
export type DeclarationChoices = { foreign: Choice[]; additional: SubjectChoice[]; orals: SubjectChoice[] };

/** The subjects of a formula the form offers, in the list's order. */
export function choicesFor(list: SubjectList, formula: Formula): DeclarationChoices {
  const t = messages().matura;
  const env = t.environment as unknown as Record<string, string> & { options: Record<string, string> };
  const of = list.subjects.filter((s) => subjectOf(list, s.code, formula));
  const named = (code: string) => ({ code, name: subjectName(list, code) });
  return {
    foreign: of.filter((s) => s.kind === 'modernForeign' && s.written.includes('basic')).map((s) => named(s.code)),
    additional: of
      .filter((s) => s.written.some((l) => l !== 'basic'))
      .map((s) => ({
        ...named(s.code),
        levels: s.written.filter((l) => l !== 'basic').map((l) => ({ code: l, name: examLevelName('written', l) })),
        environment: (s.environment ?? []).map((c) => ({
          code: c.key,
          name: c.name ?? env[c.key] ?? c.key,
          options: c.options.map((o) => ({ code: o.code, name: o.name ?? env.options[o.code] ?? o.code })),
        })),
      })),
    orals: of
      .filter((s) => s.oral.length > 0)
      .map((s) => ({
        ...named(s.code),
        levels: s.oral.map((l) => ({ code: l, name: examLevelName('oral', l) })),
        environment: [],
      })),
  };
}

export async function declarationPage(
  viewer: { id: string },
  schoolId: string,
  studentId: string,
  now = currentTime(),
) {
  const access = await readingAccess(viewer, schoolId, now);
  const student = await studentOf(access, studentId);
  const year = access.licence.examYear;
  const list = await subjectListFor(year);
  const rows = await db().maturaExam.findMany({
    where: { studentId: student.id, schoolId },
    orderBy: [{ part: 'desc' }, { subject: 'asc' }],
    select: { subject: true, part: true, level: true, environment: true },
  });
  const exams = declaredExams(rows);
  const lock = await lockOf(access, student, now);
  const unlocks = await db().declarationUnlock.findMany({
    where: { studentId: student.id, schoolId },
    orderBy: { at: 'desc' },
    select: { at: true, byId: true, reason: true, closedAt: true },
  });
  const people = await db().user.findMany({
    where: { id: { in: [...unlocks.map((u) => u.byId), student.checkedById ?? ''] } },
    select: { id: true, firstName: true, lastName: true },
  });
  const open = unlocks.find((u) => !u.closedAt);
  const nameOf = (id: string | null) => {
    const u = people.find((p) => p.id === id);
    return u ? `${u.firstName} ${u.lastName}` : '—';
  };
  return {
    access,
    student: {
      id: student.id,
      firstName: student.firstName,
      lastName: student.lastName,
      className: student.className,
      formula: student.formula,
      vocationalExemption: student.vocationalExemption,
      lateStart: student.lateStart,
      resit: student.resit,
    },
    deadlineEnd: declarationsLockAt(year, student.lateStart ? 'lateStart' : 'standard'),
    list: list !== null,
    choices: list ? choicesFor(list, student.formula as Formula) : null,
    initial: formFromExams(exams) as DeclarationFields,
    stored: inPaperOrder(exams, list).map((e) => ({
      subject: list ? subjectName(list, e.subject) : e.subject,
      level: examLevelName(e.part, e.level),
    })),
    storedErrors: list && exams.length ? checkDeclaration(list, student, exams).map((e) => text(e.code)) : [],
    lock,
    canEdit: canWork(access.level) && !lock.locked,
    canUnlock: canWork(access.level) && lock.locked && access.role === 'DIRECTOR',
    openUnlock: open ? { by: nameOf(open.byId), reason: open.reason } : null,
    unlocks: unlocks.map((u) => ({ at: u.at, by: nameOf(u.byId), reason: u.reason })),
    checked: student.checkedAt ? { by: nameOf(student.checkedById), at: student.checkedAt } : null,
    canCheck: canWork(access.level) && exams.length > 0,
  };
}

export type DeclarationPage = Awaited<ReturnType<typeof declarationPage>>;

/** The exams in the paper declaration's order: written before oral, basic before extended, then the list's order. */
function inPaperOrder(exams: DeclaredExam[], list: SubjectList | null): DeclaredExam[] {
  const at = (code: string) => list?.subjects.findIndex((s) => s.code === code) ?? 0;
  const rank = (e: DeclaredExam) => [
    e.part === 'written' ? 0 : 1,
    e.level === 'basic' || e.level === 'none' ? 0 : 1,
    at(e.subject),
  ];
  return [...exams].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}
