// Money in and out for the staff home: sales by product and refunds, today and this month
// (Warsaw). A sale is a paid order's line — PayU, a booked transfer and a desk receipt alike
// become a paid order (lib/billing/payments/offline-payment.ts) — or a contract's charge booked
// paid without one (the demo's contracts are seeded that way), so no payment is left out or counted twice.
import { db } from '@/lib/db/client';
import type { DashboardPeriods } from './rules/periods';

/**
 * What was sold: a course for one person, a company's group package (or its top-up), a family's
 * yearly package, or a contract's charge, named by its offer's product ('razem', 'live',
 * 'centre', 'licence', 'family', 'language', …). Counts are payments: an order or a charge.
 */
export type SalesRow = {
  product: string;
  currency: string;
  todayCount: number;
  todayGross: number;
  monthCount: number;
  monthGross: number;
};

export async function salesByProduct(p: DashboardPeriods): Promise<SalesRow[]> {
  const rows = await db().$queryRaw<SalesRow[]>`
    WITH sold AS (
      SELECT o."id" AS "sale", o."paidAt" AS "at", o."currency", i."totalGross" AS "gross",
             CASE WHEN i."kind" = 'FAMILY_PACKAGE' THEN 'family'
                  WHEN i."kind" = 'CONTRACT_CHARGE' THEN coalesce(bo."product", 'other')
                  WHEN i."topUpGroupId" IS NOT NULL OR coalesce(co."seats", i."seats") > 1 THEN 'group'
                  ELSE 'course' END AS "product"
        FROM "Order" o
        JOIN "OrderItem" i ON i."orderId" = o."id"
        LEFT JOIN "CourseOffer" co ON co."id" = i."offerId"
        LEFT JOIN "ContractCharge" ch ON ch."id" = i."chargeId"
        LEFT JOIN "Contract" c ON c."id" = ch."contractId"
        LEFT JOIN "BillingOffer" bo ON bo."id" = c."offerId"
       WHERE o."status" IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED')
         AND o."paidAt" >= ${p.monthStart} AND o."paidAt" < ${p.monthEnd}
      UNION ALL
      SELECT ch."id", ch."paidAt", ch."currency", ch."amount" - ch."discount", bo."product"
        FROM "ContractCharge" ch
        JOIN "Contract" c ON c."id" = ch."contractId"
        JOIN "BillingOffer" bo ON bo."id" = c."offerId"
       WHERE ch."status" = 'PAID' AND ch."paidAt" >= ${p.monthStart} AND ch."paidAt" < ${p.monthEnd}
         AND NOT EXISTS (SELECT 1 FROM "OrderItem" i JOIN "Order" o ON o."id" = i."orderId"
                          WHERE i."chargeId" = ch."id" AND o."status" IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'))
    )
    SELECT "product", "currency",
           (count(DISTINCT "sale") FILTER (WHERE "at" >= ${p.dayStart} AND "at" < ${p.dayEnd}))::int AS "todayCount",
           (coalesce(sum("gross") FILTER (WHERE "at" >= ${p.dayStart} AND "at" < ${p.dayEnd}), 0))::float8 AS "todayGross",
           (count(DISTINCT "sale"))::int AS "monthCount",
           (sum("gross"))::float8 AS "monthGross"
      FROM sold
     GROUP BY "product", "currency"
     ORDER BY "monthGross" DESC, "product"`;
  return rows.map((r) => ({ ...r, todayGross: Number(r.todayGross), monthGross: Number(r.monthGross) }));
}

export type RefundRow = {
  currency: string;
  todayCount: number;
  todayAmount: number;
  monthCount: number;
  monthAmount: number;
  /** Asked of PayU (or to be sent by transfer) and not through yet. */
  pendingCount: number;
  pendingAmount: number;
};

/**
 * Refunds of sales: finalised today and this month, and those still under way. A stray payment's
 * refund (PayU paid for an order already cancelled) returns money that was never a sale: left out.
 */
export async function refunds(p: DashboardPeriods): Promise<RefundRow[]> {
  const rows = await db().$queryRaw<RefundRow[]>`
    SELECT o."currency",
           (count(*) FILTER (WHERE r."status" = 'FINALIZED' AND r."finalizedAt" >= ${p.dayStart} AND r."finalizedAt" < ${p.dayEnd}))::int AS "todayCount",
           (coalesce(sum(r."amount") FILTER (WHERE r."status" = 'FINALIZED' AND r."finalizedAt" >= ${p.dayStart} AND r."finalizedAt" < ${p.dayEnd}), 0))::float8 AS "todayAmount",
           (count(*) FILTER (WHERE r."status" = 'FINALIZED'))::int AS "monthCount",
           (coalesce(sum(r."amount") FILTER (WHERE r."status" = 'FINALIZED'), 0))::float8 AS "monthAmount",
           (count(*) FILTER (WHERE r."status" = 'PENDING'))::int AS "pendingCount",
           (coalesce(sum(r."amount") FILTER (WHERE r."status" = 'PENDING'), 0))::float8 AS "pendingAmount"
      FROM "Refund" r
      JOIN "Order" o ON o."id" = r."orderId"
     WHERE NOT r."strayPayment"
       AND (r."status" = 'PENDING'
            OR (r."status" = 'FINALIZED' AND r."finalizedAt" >= ${p.monthStart} AND r."finalizedAt" < ${p.monthEnd}))
     GROUP BY o."currency"
     ORDER BY o."currency"`;
  return rows.map((r) => ({
    ...r,
    todayAmount: Number(r.todayAmount),
    monthAmount: Number(r.monthAmount),
    pendingAmount: Number(r.pendingAmount),
  }));
}
