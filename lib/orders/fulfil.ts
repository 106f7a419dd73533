// What a paid order grants: an enrolment for one person, a group of N seats owned by the
// buyer (who becomes a company admin), or a child's yearly package. Runs inside the payment transaction, exactly once.
import type { Tx } from '@/lib/db/client';
import { newRowId, type Sql } from '@/lib/db/sql';
import { grantEnrolmentSql, revokeEnrolmentsOf } from '@/lib/learning/enrolments';
import { activateFamilyPackages } from '@/lib/families/activation';

export type PaidOrder = {
  id: string; number: string; userId: string; buyerName: string; buyerEmail: string; companyName: string | null;
  nip: string | null; street: string | null; postalCode: string | null; city: string | null;
  totalGross: number; currency: string; firstName: string;
};

export type PaidItem = {
  id: string; name: string; seats: number; quantity: number; unitGross: number; vatRate: number;
  courseId: string | null; accessMonths: number | null;
};

export async function paidOrderItems(sql: Sql, orderId: string): Promise<PaidItem[]> {
  const { rows } = await sql.query<PaidItem>(
    `SELECT i."id", i."name", i."seats", i."quantity", i."unitGross", i."vatRate", c."id" AS "courseId", c."accessMonths"
       FROM "OrderItem" i LEFT JOIN "Course" c ON c."id" = i."courseId"
      WHERE i."orderId" = $1 ORDER BY i."id"`,
    [orderId],
  );
  return rows;
}

export async function fulfilOrder(sql: Sql, order: PaidOrder, items: PaidItem[], now: Date): Promise<void> {
  for (const item of items) {
    if (!item.courseId) continue;
    if (item.seats === 1) {
      await grantEnrolmentSql(sql, { userId: order.userId, courseId: item.courseId, accessMonths: item.accessMonths, orderItemId: item.id, now });
      continue;
    }
    await sql.query(
      `INSERT INTO "Group" ("id", "ownerId", "courseId", "orderItemId", "companyName", "seats", "createdAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [newRowId(), order.userId, item.courseId, item.id, order.companyName ?? order.buyerName, item.seats * item.quantity, now],
    );
    await sql.query(
      `UPDATE "User" SET "roles" = array_append("roles", 'COMPANY_ADMIN'::"Role")
        WHERE "id" = $1 AND NOT ('COMPANY_ADMIN'::"Role" = ANY("roles"))`,
      [order.userId],
    );
  }
  await activateFamilyPackages(sql, order.id, now);
}

/** A refund takes back what the refunded items granted (accounts stay; access ends). */
export async function revokeItems(tx: Tx, orderItemIds: string[]): Promise<void> {
  for (const id of orderItemIds) {
    await revokeEnrolmentsOf(tx, id);
    const group = await tx.group.findUnique({ where: { orderItemId: id }, select: { id: true } });
    if (group) {
      await tx.group.update({ where: { id: group.id }, data: { active: false } });
      await tx.enrolment.updateMany({ where: { groupId: group.id, status: 'ACTIVE' }, data: { status: 'REVOKED' } });
    }
  }
}
