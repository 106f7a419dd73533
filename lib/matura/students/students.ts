// The planner's student list (issue 23): typed students, their data and the "checked against the
// paper declaration" mark (A14). Every function opens with the planner's gate, so another school's
// student is a 404 and a read-only or blocked licence refuses changes in the server.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError, type FieldErrors } from '@/lib/errors';
import { recordAudit } from '@/lib/audit';
import { messages } from '@/lib/i18n';
import { requireSchoolDpa } from '@/lib/licence/dpa';
import { workingAccess, type PlannerAccess } from '@/lib/licence/planner';
import { checkStudentRow, studentKey, type StudentCells } from '@/lib/matura/rules/student-row';
import { lockOf } from '@/lib/matura/declarations/lock';

export type StudentInput = StudentCells & { lateStart?: boolean; resit?: boolean };
export type StudentSaved = { fieldErrors: FieldErrors } | { fieldErrors?: undefined; id: string; name: string };

/** One student of the school's current licence, or NotFoundError (another school's, a stale id). */
export async function studentOf(access: PlannerAccess, studentId: string) {
  const student = await db().maturaStudent.findFirst({
    where: { id: studentId, schoolId: access.schoolId, licenceId: access.licence.id },
  });
  if (!student) throw new NotFoundError('student');
  return student;
}

async function takenKeys(access: PlannerAccess, exceptId?: string): Promise<Set<string>> {
  const rows = await db().maturaStudent.findMany({
    where: { schoolId: access.schoolId, licenceId: access.licence.id, id: exceptId ? { not: exceptId } : undefined },
    select: { firstName: true, lastName: true, className: true },
  });
  return new Set(rows.map(studentKey));
}

export async function addStudent(
  viewer: { id: string },
  schoolId: string,
  input: StudentInput,
  now = currentTime(),
): Promise<StudentSaved> {
  const access = await workingAccess(viewer, schoolId, now);
  // A17: processing the pupils' data starts with the first student, so the agreement comes first.
  await requireSchoolDpa(schoolId);
  const check = checkStudentRow(input);
  if (!check.ok) return { fieldErrors: check.errors as FieldErrors };
  if ((await takenKeys(access)).has(studentKey(check.value)))
    return { fieldErrors: { lastName: messages().plannerStudents.rows.alreadyListed } };
  const student = await db().maturaStudent.create({
    data: {
      ...check.value,
      lateStart: input.lateStart ?? false,
      resit: input.resit ?? false,
      schoolId,
      licenceId: access.licence.id,
    },
    select: { id: true },
  });
  return { id: student.id, name: `${check.value.firstName} ${check.value.lastName}` };
}

export async function updateStudent(
  viewer: { id: string },
  schoolId: string,
  studentId: string,
  input: StudentInput,
  now = currentTime(),
): Promise<StudentSaved> {
  const access = await workingAccess(viewer, schoolId, now);
  const student = await studentOf(access, studentId);
  const check = checkStudentRow(input);
  if (!check.ok) return { fieldErrors: check.errors as FieldErrors };
  if ((await takenKeys(access, student.id)).has(studentKey(check.value)))
    return { fieldErrors: { lastName: messages().plannerStudents.rows.alreadyListed } };
  const lateStart = input.lateStart ?? false;
  // What the declaration depends on (its rules, its deadline) is locked with it: after the deadline
  // only the director's unlock opens it, and a change takes back the paper check like a new declaration.
  const declarationFacts =
    check.value.formula !== student.formula ||
    check.value.vocationalExemption !== student.vocationalExemption ||
    lateStart !== student.lateStart;
  if (declarationFacts) {
    const lock = await lockOf(access, student, now);
    if (lock.locked) throw new UserError(lock.reason);
  }
  await db().maturaStudent.update({
    where: { id: student.id },
    data: {
      ...check.value,
      lateStart,
      resit: input.resit ?? false,
      ...(declarationFacts ? { checkedAt: null, checkedById: null } : {}),
    },
  });
  return { id: student.id, name: `${check.value.firstName} ${check.value.lastName}` };
}

/** Removes a student with the declaration, seats and unlocks (cascade); logged with who and whom. */
export async function deleteStudent(viewer: { id: string }, schoolId: string, studentId: string, now = currentTime()) {
  const access = await workingAccess(viewer, schoolId, now);
  const student = await studentOf(access, studentId);
  await db().$transaction(async (tx) => {
    const gone = await tx.maturaStudent.deleteMany({ where: { id: student.id, schoolId } });
    if (gone.count === 0) return; // a second click: already removed
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'planner.student.deleted',
      objectType: 'school',
      objectId: schoolId,
      before: { firstName: student.firstName, lastName: student.lastName, className: student.className },
    });
  });
  return { name: `${student.firstName} ${student.lastName}` };
}

/** A14: the declaration compared with the paper one, by whom and when — or the mark taken back. */
export async function markChecked(
  viewer: { id: string },
  schoolId: string,
  studentId: string,
  checked: boolean,
  now = currentTime(),
): Promise<void> {
  const access = await workingAccess(viewer, schoolId, now);
  const student = await studentOf(access, studentId);
  if (checked) {
    const exams = await db().maturaExam.count({ where: { studentId: student.id, schoolId } });
    if (exams === 0) throw new UserError('plannerDeclarations.checkedEmpty');
  }
  await db().maturaStudent.update({
    where: { id: student.id },
    data: checked ? { checkedAt: now, checkedById: viewer.id } : { checkedAt: null, checkedById: null },
  });
}
