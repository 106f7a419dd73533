// What a paid family order grants, called from fulfilOrder inside the payment transaction:
// each waiting package becomes ACTIVE and the child's account gets the subject courses of its
// class and package until the end of the free summer after the year (§3.3, §3.4). Paid before
// 1 September, the same courses are the preparatory content until the year starts.
import type { Tx } from '@/lib/db/client';
import { isClassNumber } from '@/lib/families/class-table';
import { subjectsFor, type PackageCode } from '@/lib/families/packages';
import { summerEnd } from '@/lib/families/school-year';
import { grantSubjectCourses } from '@/lib/families/subject-courses';
import type { SubjectCode } from '@/lib/families/subjects';

export function packageSubjects(code: PackageCode, classNumber: number | null, addOns: unknown): SubjectCode[] {
  const base = classNumber !== null && isClassNumber(classNumber) ? subjectsFor(code, classNumber) : subjectsFor(code, 0);
  const extras = Array.isArray(addOns)
    ? addOns.filter((a): a is { kind: string; subject: SubjectCode } => a?.kind === 'EXTRA_SUBJECT' && typeof a.subject === 'string').map((a) => a.subject)
    : [];
  return [...new Set([...base, ...extras])];
}

export async function activateFamilyPackages(tx: Tx, orderId: string, now: Date): Promise<void> {
  const packages = await tx.familyPackage.findMany({
    where: { orderId, status: 'PENDING_PAYMENT' },
    select: {
      id: true, childId: true, packageCode: true, classNumber: true, schoolYear: true, addOns: true, orderItemId: true,
      amountPaid: true, currency: true, child: { select: { userId: true } },
    },
  });
  for (const p of packages) {
    // Two orders for one child, both paid (an abandoned PayU page paid later): the package
    // cannot change after payment, so the later one goes straight to staff for a full refund.
    const already = await tx.familyPackage.findFirst({
      where: { childId: p.childId, schoolYear: p.schoolYear, status: 'ACTIVE', id: { not: p.id } }, select: { id: true },
    });
    if (already) {
      await tx.familyPackage.update({ where: { id: p.id }, data: { status: 'WITHDRAWN', paidAt: now, accessEndsAt: now } });
      await tx.familyCancellation.create({
        data: { packageId: p.id, kind: 'WITHDRAWAL', filedAt: now, effectiveAt: now, refundAmount: p.amountPaid, currency: p.currency, status: p.amountPaid > 0 ? 'PENDING' : 'CLOSED' },
      });
      continue;
    }
    const accessEndsAt = summerEnd({ startYear: p.schoolYear });
    await tx.familyPackage.update({ where: { id: p.id }, data: { status: 'ACTIVE', paidAt: now, accessEndsAt } });
    await grantSubjectCourses(tx, {
      userId: p.child.userId, subjects: packageSubjects(p.packageCode as PackageCode, p.classNumber, p.addOns),
      startsAt: now, endsAt: accessEndsAt, orderItemId: p.orderItemId,
    });
  }
}
