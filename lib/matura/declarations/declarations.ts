// One student's matura declaration (M1–M13, A14): saved whole or not at all after the exam year's
// rules accept it, locked after the deadline unless the director unlocked it (with a reason, in the
// audit log; the unlock closes with the next save), and the paper check taken back by any change.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { UserError, type FieldErrors } from '@/lib/errors';
import { recordAudit } from '@/lib/audit';
import { text } from '@/lib/i18n';
import { requireDirector, workingAccess } from '@/lib/licence/planner';
import { declarationErrors, type DeclaredExam, type DeclarationError } from '@/lib/matura/rules/declaration';
import { subjectListFor } from '@/lib/matura/subject-list';
import type { Formula, SubjectList } from '@/lib/matura/subjects';
import { studentOf } from '@/lib/matura/students/students';
import { examsFromForm, formErrors, type DeclarationFields } from './declaration-form';
import { lockOf } from './lock';

type StudentFacts = {
  id: string;
  lateStart: boolean;
  formula: string;
  vocationalExemption: boolean;
  ownLanguage: string | null;
};

/** The stored rows of a declaration as the rules read them. */
export function declaredExams(rows: readonly { subject: string; part: string; level: string; environment: unknown }[]) {
  return rows.map((r) =>
    r.part === 'oral'
      ? ({ subject: r.subject, part: 'oral', level: r.level } as DeclaredExam)
      : ({
          subject: r.subject,
          part: 'written',
          level: r.level,
          ...(r.environment ? { environment: r.environment as Record<string, string> } : {}),
        } as DeclaredExam),
  );
}

/** What the rules say of a student's exams against the year's list (stored ones re-checked too). */
export function checkDeclaration(list: SubjectList, student: StudentFacts, exams: DeclaredExam[]): DeclarationError[] {
  return declarationErrors(list, {
    formula: student.formula as Formula,
    vocationalExemption: student.vocationalExemption,
    ownLanguage: student.ownLanguage,
    exams,
  });
}

export type DeclarationSaved = { fieldErrors: FieldErrors } | { fieldErrors?: undefined; uncheckedBySave: boolean };

export async function saveDeclaration(
  viewer: { id: string },
  schoolId: string,
  studentId: string,
  fields: DeclarationFields,
  now = currentTime(),
): Promise<DeclarationSaved> {
  const access = await workingAccess(viewer, schoolId, now);
  const student = await studentOf(access, studentId);
  const lock = await lockOf(access, student, now);
  if (lock.locked) throw new UserError(lock.reason);
  const list = await subjectListFor(access.licence.examYear);
  if (!list) throw new UserError({ code: 'plannerDeclarations.noList', params: [access.licence.examYear] });
  const { exams, fieldOf } = examsFromForm(fields);
  const errors = checkDeclaration(list, student, exams);
  if (errors.length > 0) return { fieldErrors: formErrors(errors, fieldOf, (e) => text(e.code)) };
  return db().$transaction(async (tx) => {
    const before = await tx.maturaExam.findMany({
      where: { studentId: student.id, schoolId },
      select: { subject: true, part: true, level: true, environment: true },
    });
    const same = sameExams(declaredExams(before), exams);
    if (!same) {
      await tx.maturaExam.deleteMany({ where: { studentId: student.id, schoolId } });
      await tx.maturaExam.createMany({
        data: exams.map((e) => ({
          schoolId,
          studentId: student.id,
          subject: e.subject,
          part: e.part,
          level: e.level,
          environment: e.part === 'written' && e.environment ? e.environment : undefined,
        })),
      });
    }
    const uncheckedBySave = !same && student.checkedAt !== null;
    if (uncheckedBySave)
      await tx.maturaStudent.update({ where: { id: student.id }, data: { checkedAt: null, checkedById: null } });
    // A director's unlock is for one change: the save closes it.
    await tx.declarationUnlock.updateMany({
      where: { studentId: student.id, schoolId, closedAt: null },
      data: { closedAt: now },
    });
    return { uncheckedBySave };
  });
}

const examKey = (e: DeclaredExam) =>
  `${e.part}:${e.subject}:${e.level}:${e.part === 'written' ? JSON.stringify(Object.entries(e.environment ?? {}).sort()) : ''}`;

function sameExams(a: DeclaredExam[], b: DeclaredExam[]): boolean {
  const ka = a.map(examKey).sort();
  const kb = b.map(examKey).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}

/** After the deadline the director opens one student's declaration for one change, with a reason. */
export async function unlockDeclaration(
  viewer: { id: string },
  schoolId: string,
  studentId: string,
  reason: string,
  now = currentTime(),
): Promise<void> {
  const access = await workingAccess(viewer, schoolId, now);
  requireDirector(access);
  const student = await studentOf(access, studentId);
  const why = reason.trim();
  if (why.length < 5) throw new UserError('plannerDeclarations.unlock.reasonShort');
  const lock = await lockOf(access, student, now);
  if (!lock.locked) throw new UserError('plannerDeclarations.unlock.notLocked');
  await db().$transaction(async (tx) => {
    const unlock = await tx.declarationUnlock.create({
      data: { schoolId, studentId: student.id, byId: viewer.id, reason: why, at: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'planner.declaration.unlocked',
      objectType: 'school',
      objectId: schoolId,
      after: { studentId: student.id, unlockId: unlock.id },
      note: why,
    });
  });
}
