// Money taken outside PayU for one charge — a bank transfer (transfers.ts) or cash or card at a
// centre's desk (lib/centres/desk) — becomes a PAID order with the charge's line, the order's VAT
// invoice (numbered after the commit by the invoice path like any payment's) saying how it was
// paid, and the charge marked paid by the billing engine. The caller has locked the charge row
// and checked it is OPEN and the amount is what is due.
import type { Tx } from '@/lib/db/client';
import { newRowId } from '@/lib/db/sql';
import { UserError } from '@/lib/errors';
import type { BillingPayMethod } from '@/lib/db/generated/enums';
import type { MessageCode } from '@/lib/i18n';
import { applyChargePaid } from '@/lib/billing/contracts/paid';
import { sellerSnapshot, unnumberedInvoiceInsert } from '@/lib/invoices/issue';
import { chargeOrderData } from './charge-order';

// The invoice of an order paid offline: the invoice path's own statement, from the order's rows.
const OFFLINE_INVOICE = `
WITH o AS (SELECT * FROM "Order" WHERE "id" = $5),
     items AS (SELECT * FROM "OrderItem" WHERE "orderId" = $5)
${unnumberedInvoiceInsert({ id: '$1', o: 'o', items: 'items', sold: '$2', soldIso: '$3', seller: '$4', from: 'FROM o' })}`;

type Charge = Parameters<typeof chargeOrderData>[1];

export type OfflinePayment = {
  checkoutKey: string;
  now: Date;
  /** When the money came: the sale (and tax point) of an advance payment. */
  paidAt: Date;
  via: BillingPayMethod;
  /** The invoice's "payment method" line, as shown. */
  paymentMethod: string;
  /** Refusal when the engine finds the charge already paid. */
  alreadyPaid: MessageCode;
};

export async function payChargeOffline(tx: Tx, charge: Charge, p: OfflinePayment) {
  // A pay-link order left waiting is replaced by this one; paid later at PayU, it is refunded (stale orders).
  await tx.order.updateMany({
    where: { status: 'AWAITING_PAYMENT', items: { some: { chargeId: charge.id } } },
    data: { status: 'CANCELED' },
  });
  const order = await tx.order.create({
    data: await chargeOrderData(tx, charge, { checkoutKey: p.checkoutKey, now: p.now, paidAt: p.paidAt }),
    select: { id: true },
  });
  await tx.$executeRawUnsafe(OFFLINE_INVOICE, newRowId(), p.paidAt, p.paidAt.toISOString(), sellerSnapshot(), order.id);
  await tx.$executeRaw`
    UPDATE "Invoice" SET "snapshot" = "snapshot" || jsonb_build_object('paymentMethod', ${p.paymentMethod}::text)
     WHERE "orderId" = ${order.id}`;
  const paid = await applyChargePaid(tx, charge.id, { paidAt: p.paidAt, via: p.via, orderId: order.id });
  if (!paid.changed) throw new UserError(p.alreadyPaid);
  return { orderId: order.id, emailIds: paid.emailIds };
}
