// The lock of one student's declaration (M13): the deadline of the student's kind, opened by a
// director's unlock not yet used. Its own file: both the declaration and the student's data
// (formula, exemption, late start — what the declaration depends on) are locked by it.
import { db } from '@/lib/db/client';
import type { PlannerAccess } from '@/lib/licence/planner';
import { declarationLock, type DeclarationLock } from '@/lib/matura/rules/deadlines';

/** The lock of one student's declaration now: the deadline of its kind, opened by a director's unlock. */
export async function lockOf(
  access: PlannerAccess,
  student: { id: string; lateStart: boolean },
  now: Date,
): Promise<DeclarationLock> {
  const open = await db().declarationUnlock.count({
    where: { studentId: student.id, schoolId: access.schoolId, closedAt: null },
  });
  return declarationLock(access.licence.examYear, now, {
    kind: student.lateStart ? 'lateStart' : 'standard',
    unlockedByDirector: open > 0,
  });
}
