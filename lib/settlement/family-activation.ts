// What a paid family order grants, called from fulfilOrder inside the payment transaction:
// each waiting package becomes ACTIVE and the child's account gets the subject courses of its
// class and package until the end of the free summer after the year (§3.3, §3.4). Paid before
// 1 September, the same courses are the preparatory content until the year starts.
import type { OrderItemKind } from '@/lib/db/generated/enums';
import { newRowId, type Sql } from '@/lib/db/sql';
import { isClassNumber } from '@/lib/families/rules/class-table';
import { subjectsFor, type PackageCode } from '@/lib/families/rules/packages';
import { summerEnd } from '@/lib/families/rules/school-year';
import { grantSubjectCoursesSql } from '@/lib/families/subject-courses';
import type { SubjectCode } from '@/lib/families/rules/subjects';

/** OrderItem.kind of a child's yearly package. */
export const FAMILY_PACKAGE_ITEM: OrderItemKind = 'FAMILY_PACKAGE';

export function packageSubjects(code: PackageCode, classNumber: number | null, addOns: unknown): SubjectCode[] {
  const base =
    classNumber !== null && isClassNumber(classNumber) ? subjectsFor(code, classNumber) : subjectsFor(code, 0);
  const extras = Array.isArray(addOns)
    ? addOns
        .filter(
          (a): a is { kind: string; subject: SubjectCode } =>
            a?.kind === 'EXTRA_SUBJECT' && typeof a.subject === 'string',
        )
        .map((a) => a.subject)
    : [];
  return [...new Set([...base, ...extras])];
}

type WaitingPackage = {
  id: string;
  childId: string;
  packageCode: string;
  classNumber: number | null;
  schoolYear: number;
  addOns: unknown;
  orderItemId: string;
  amountPaid: number;
  currency: string;
  childUserId: string;
  alreadyActive: boolean;
};

/**
 * Runs inside the plain-SQL payment transaction (lib/settlement/notifications.ts).
 * No §5.3 re-check of the family's other unpaid orders follows (unlike a package leaving,
 * lib/settlement/family-cancellations.ts): a payment cannot change which child carries the full
 * price. It only adds paid packages, the full-price child stays paid, and each paid Standard
 * package raises the discounts allowed (all Standard children but one) by at least as many as it
 * holds, so an unpaid order's discount stays valid (pinned in sibling-discount.test.ts).
 */
export async function activateFamilyPackages(sql: Sql, orderId: string, now: Date): Promise<void> {
  const { rows: packages } = await sql.query<WaitingPackage>(
    `SELECT p."id", p."childId", p."packageCode", p."classNumber", p."schoolYear", p."addOns", p."orderItemId",
            p."amountPaid", p."currency", c."userId" AS "childUserId",
            EXISTS (SELECT 1 FROM "FamilyPackage" o WHERE o."childId" = p."childId" AND o."schoolYear" = p."schoolYear"
                      AND o."status" = 'ACTIVE' AND o."id" <> p."id") AS "alreadyActive"
       FROM "FamilyPackage" p JOIN "Child" c ON c."id" = p."childId"
      WHERE p."orderId" = $1 AND p."status" = 'PENDING_PAYMENT'
      FOR UPDATE OF p`,
    [orderId],
  );
  for (const p of packages) {
    if (p.alreadyActive) {
      // Two orders for one child, both paid (an abandoned PayU page paid later): the package
      // cannot change after payment, so the later one goes straight to staff for a full refund.
      await sql.query(
        `UPDATE "FamilyPackage" SET "status" = 'WITHDRAWN', "paidAt" = $2, "accessEndsAt" = $2 WHERE "id" = $1`,
        [p.id, now],
      );
      await sql.query(
        `INSERT INTO "FamilyCancellation" ("id", "packageId", "kind", "filedAt", "effectiveAt", "refundAmount", "currency", "status")
         VALUES ($1, $2, 'WITHDRAWAL', $3, $3, $4, $5, $6::"FamilyCancellationStatus")`,
        [newRowId(), p.id, now, p.amountPaid, p.currency, p.amountPaid > 0 ? 'PENDING' : 'CLOSED'],
      );
      continue;
    }
    const accessEndsAt = summerEnd({ startYear: p.schoolYear });
    await sql.query(
      `UPDATE "FamilyPackage" SET "status" = 'ACTIVE', "paidAt" = $2, "accessEndsAt" = $3 WHERE "id" = $1`,
      [p.id, now, accessEndsAt],
    );
    await grantSubjectCoursesSql(sql, {
      userId: p.childUserId,
      subjects: packageSubjects(p.packageCode as PackageCode, p.classNumber, p.addOns),
      startsAt: now,
      endsAt: accessEndsAt,
      orderItemId: p.orderItemId,
    });
  }
}
