// A parent corrects a child's data (art. 16 RODO) or removes a child (art. 17). A child with a
// paid package is part of an invoiced contract: it is corrected, never removed. A corrected birth
// year that would move the child's class does not move it: the class stays (through the §4.8
// shift) and the move goes to staff as a class-change request, as class changes always have.
import { currentTime } from '@/lib/clock/clock';
import { db, type Tx } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { findOwnChild } from '@/lib/families/children';
import { classForBirthYear, classForChild } from '@/lib/families/rules/class-table';
import { schoolYearForPurchase } from '@/lib/families/rules/school-year';
import { reissueOwnCertificates } from '@/lib/certificates/issue';

export type ChildEdit = { fullName: string; birthYear: number };

/** The class data a corrected birth year leads to, or the refusal. */
function birthYearChange(
  child: { birthYear: number; classShift: number },
  birthYear: number,
  hasPackage: boolean,
  now: Date,
) {
  const year = schoolYearForPurchase(now);
  const base = classForBirthYear(birthYear, year);
  if (!base.ok) throw new UserError(base.reason, { birthYear: base.reason });
  if (!hasPackage) return { classShift: 0, toStaff: false };
  const current = classForChild(child.birthYear, year, child.classShift);
  if (!current.ok || current.classNumber === base.classNumber) return { classShift: 0, toStaff: false };
  const keep = ([-1, 0, 1] as const).find((s) => {
    const c = classForChild(birthYear, year, s);
    return c.ok && c.classNumber === current.classNumber;
  });
  if (keep === undefined)
    throw new UserError('privacy.children.birthYearTooFar', { birthYear: 'privacy.children.birthYearTooFar' });
  return { classShift: keep, toStaff: true };
}

/** Saves the name and birth year; true when a class change went to staff. */
export async function editChild(parentId: string, childId: string, input: ChildEdit, now = currentTime()) {
  const child = await findOwnChild(parentId, childId);
  if (!child) throw new UserError('families.errors.childMissing');
  const hasPackage = (await db().familyPackage.count({ where: { childId, status: { not: 'WITHDRAWN' } } })) > 0;
  const cls =
    input.birthYear === child.birthYear
      ? { classShift: child.classShift, toStaff: false }
      : birthYearChange(child, input.birthYear, hasPackage, now);
  const [first, ...rest] = input.fullName.split(/\s+/);
  await db().$transaction(async (tx) => {
    await tx.child.update({
      where: { id: child.id },
      data: {
        fullName: input.fullName,
        birthYear: input.birthYear,
        classShift: cls.classShift,
        ...(input.birthYear === child.birthYear
          ? {}
          : cls.toStaff
            ? { requestedShift: 0, classChangeStatus: 'PENDING', classChangeAt: now }
            : { requestedShift: null, classChangeStatus: null }),
      },
    });
    const named = await tx.user.update({
      where: { id: child.user.id },
      data: { firstName: first!, ...(rest.length ? { lastName: rest.join(' ') } : {}) },
      select: { firstName: true, lastName: true },
    });
    await reissueOwnCertificates(tx, child.user.id, `${named.firstName} ${named.lastName}`.trim(), now);
  });
  return { toStaff: cls.toStaff };
}

/** Why a child cannot be removed, or null: a paid package (kept with its invoice), or one being paid. */
export async function childRemovalRefusal(childId: string, client: Pick<Tx, 'familyPackage'> = db()) {
  const [paid, beingPaid] = await Promise.all([
    client.familyPackage.count({ where: { childId, paidAt: { not: null } } }),
    client.familyPackage.count({ where: { childId, status: 'PENDING_PAYMENT' } }),
  ]);
  if (paid) return 'privacy.children.paidPackage' as const;
  if (beingPaid) return 'privacy.children.inOrder' as const;
  return null;
}

/** Removes the child and its account (sessions, progress, unpaid packages go with it). */
export async function removeChild(parentId: string, childId: string): Promise<void> {
  const child = await findOwnChild(parentId, childId);
  if (!child) throw new UserError('families.errors.childMissing');
  await db().$transaction(async (tx) => {
    // Checked inside: the delete then locks the package rows a payment would mark paid.
    const refusal = await childRemovalRefusal(childId, tx);
    if (refusal) throw new UserError(refusal);
    await tx.user.delete({ where: { id: child.user.id } });
  });
}
