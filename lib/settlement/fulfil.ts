// What a paid order grants: an enrolment for one person, a group of N seats owned by the
// buyer (who becomes a company admin), or a child's yearly package. Runs inside the payment
// transaction, exactly once (lib/settlement/settle-payment.ts creates plain new enrolments itself).
import type { Tx } from '@/lib/db/client';
import type { OrderItemKind } from '@/lib/db/generated/enums';
import { newRowId, type Sql } from '@/lib/db/sql';
import { grantEnrolmentSql, revokeEnrolmentsOf } from '@/lib/settlement/grants';
import { activateFamilyPackages, FAMILY_PACKAGE_ITEM } from '@/lib/settlement/family-activation';

/** What the grants need of a paid order (the e-mail and the invoice are built in SQL from its rows). */
export type PaidOrder = { id: string; userId: string; buyerName: string; companyName: string | null };

export type PaidItem = {
  id: string;
  seats: number;
  quantity: number;
  courseId: string | null;
  accessMonths: number | null;
  kind: OrderItemKind | null;
};

/** Grants for the items `settlePaidOrder` did not create in its one statement. */
export async function fulfilRemaining(sql: Sql, order: PaidOrder, items: PaidItem[], now: Date): Promise<void> {
  const toppedUp = await addTopUpSeats(sql, order, items);
  for (const item of items) {
    if (toppedUp.has(item.id)) continue;
    if (!item.courseId) continue;
    if (item.seats === 1) {
      await grantEnrolmentSql(sql, {
        userId: order.userId,
        courseId: item.courseId,
        accessMonths: item.accessMonths,
        orderItemId: item.id,
        now,
      });
      continue;
    }
    await sql.query(
      `INSERT INTO "Group" ("id", "ownerId", "courseId", "orderItemId", "companyName", "seats", "createdAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        newRowId(),
        order.userId,
        item.courseId,
        item.id,
        order.companyName ?? order.buyerName,
        item.seats * item.quantity,
        now,
      ],
    );
    await sql.query(
      `UPDATE "User" SET "roles" = array_append("roles", 'COMPANY_ADMIN'::"Role")
        WHERE "id" = $1 AND NOT ('COMPANY_ADMIN'::"Role" = ANY("roles"))`,
      [order.userId],
    );
  }
  if (items.some((i) => i.kind === FAMILY_PACKAGE_ITEM)) await activateFamilyPackages(sql, order.id, now);
}

/**
 * A top-up (OrderItem.topUpGroupId, lib/orders/cart.ts) adds its seats to the buyer's existing
 * active group. Returns the items so fulfilled; one whose group is gone meanwhile falls through
 * to the loop above and becomes a group of its own, so paid seats are never lost.
 */
async function addTopUpSeats(sql: Sql, order: PaidOrder, items: PaidItem[]): Promise<Set<string>> {
  const ids = items.filter((i) => i.seats > 1).map((i) => i.id);
  if (ids.length === 0) return new Set();
  const { rows } = await sql.query<{ id: string }>(
    `WITH t AS (SELECT i."id", i."topUpGroupId", i."seats" * i."quantity" AS "added"
                  FROM "OrderItem" i WHERE i."id" = ANY($1::text[]) AND i."topUpGroupId" IS NOT NULL),
          g AS (UPDATE "Group" g SET "seats" = g."seats" + t."added" FROM t
                 WHERE g."id" = t."topUpGroupId" AND g."ownerId" = $2 AND g."active" RETURNING t."id")
     SELECT "id" FROM g`,
    [ids, order.userId],
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * A refund takes back what the refunded items granted (accounts stay; access ends). Returns the
 * items whose access it actually ended, so the caller can say what happened.
 */
export async function revokeItems(tx: Tx, orderItemIds: string[]): Promise<string[]> {
  const revoked: string[] = [];
  for (const id of orderItemIds) {
    let count = await revokeEnrolmentsOf(tx, id);
    const group = await tx.group.findUnique({ where: { orderItemId: id }, select: { id: true, active: true } });
    if (group) {
      if (group.active) count += 1;
      await tx.group.update({ where: { id: group.id }, data: { active: false } });
      const r = await tx.enrolment.updateMany({
        where: { groupId: group.id, status: 'ACTIVE' },
        data: { status: 'REVOKED' },
      });
      count += r.count;
    }
    if (count > 0) revoked.push(id);
  }
  return revoked;
}
