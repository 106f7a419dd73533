// The student list as the planner shows it: each student with the state of the declaration (none,
// complete, or how many errors against this year's list — a list staff changed later is re-checked
// here), the paper check and who made it; and the counts the overview page sums up.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { subjectListFor } from '@/lib/matura/subject-list';
import { declarationsLockAt } from '@/lib/matura/rules/deadlines';
import { checkDeclaration, declaredExams } from '@/lib/matura/declarations/declarations';
import { schoolDpaAccepted } from '@/lib/licence/dpa';
import { readingAccess } from '@/lib/licence/planner';

export type DeclarationState = { kind: 'none' } | { kind: 'complete' } | { kind: 'errors'; count: number };

export type ListedStudent = {
  id: string;
  firstName: string;
  lastName: string;
  className: string;
  formula: string;
  vocationalExemption: boolean;
  declaration: DeclarationState;
  checked: { by: string; at: Date } | null;
};

export type StudentListPage = {
  students: ListedStudent[];
  classes: string[];
  counts: { students: number; complete: number; withErrors: number; empty: number; unchecked: number };
  lockAt: Date;
  lateLockAt: Date;
  /** The standard deadline has passed. */
  locked: boolean;
  /** A17: students can be entered once the data-processing agreement is accepted. */
  dpaAccepted: boolean;
};

export async function studentListPage(
  viewer: { id: string },
  schoolId: string,
  now = currentTime(),
): Promise<StudentListPage> {
  const access = await readingAccess(viewer, schoolId, now);
  const list = await subjectListFor(access.licence.examYear);
  const rows = await db().maturaStudent.findMany({
    where: { schoolId, licenceId: access.licence.id },
    orderBy: [{ className: 'asc' }, { lastName: 'asc' }, { firstName: 'asc' }],
    include: { exams: { select: { subject: true, part: true, level: true, environment: true } } },
  });
  const checkerIds = [...new Set(rows.map((r) => r.checkedById).filter((x): x is string => !!x))];
  const checkers = await db().user.findMany({
    where: { id: { in: checkerIds } },
    select: { id: true, firstName: true, lastName: true },
  });
  const nameOf = new Map(checkers.map((u) => [u.id, `${u.firstName} ${u.lastName}`]));
  const students = rows.map((r): ListedStudent => {
    const errors = r.exams.length && list ? checkDeclaration(list, r, declaredExams(r.exams)).length : 0;
    return {
      id: r.id,
      firstName: r.firstName,
      lastName: r.lastName,
      className: r.className,
      formula: r.formula,
      vocationalExemption: r.vocationalExemption,
      declaration:
        r.exams.length === 0 ? { kind: 'none' } : errors > 0 ? { kind: 'errors', count: errors } : { kind: 'complete' },
      checked: r.checkedAt ? { by: nameOf.get(r.checkedById ?? '') ?? '—', at: r.checkedAt } : null,
    };
  });
  return {
    students,
    classes: [...new Set(students.map((s) => s.className))],
    counts: {
      students: students.length,
      complete: students.filter((s) => s.declaration.kind === 'complete').length,
      withErrors: students.filter((s) => s.declaration.kind === 'errors').length,
      empty: students.filter((s) => s.declaration.kind === 'none').length,
      unchecked: students.filter((s) => s.declaration.kind !== 'none' && !s.checked).length,
    },
    lockAt: declarationsLockAt(access.licence.examYear),
    lateLockAt: declarationsLockAt(access.licence.examYear, 'lateStart'),
    locked: now >= declarationsLockAt(access.licence.examYear),
    dpaAccepted: await schoolDpaAccepted(schoolId),
  };
}
