// Issuing a correcting invoice (art. 106j of the VAT Act) for a refund, inside the transaction
// that records the refund FINALIZED (lib/settlement/notifications.ts): the money has gone back,
// so the invoice's value goes down. Written unnumbered with its frozen snapshot; numbered right
// after the commit (./numbering.ts), in its own "FK" series.
import type { Tx } from '@/lib/db/client';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import type { InvoiceSnapshot } from '@/lib/invoices/issue';
import type { InvoiceLine } from '@/lib/invoices/pdf';
import { correctionLines, lineValue } from './rules/correction-lines';
import { standingLines } from './rules/standing-lines';
import { correctionReason } from './reason';

/**
 * The correction of the refund `refundId`, once: a redelivered notification finds it and writes
 * nothing. None is issued when the refund is not a purchase price (PayU paid for an order we had
 * cancelled: no sale, no invoice) or when the order's sales document is a RECEIPT: a consumer who
 * asked for no invoice got a purchase confirmation, not an invoice, and art. 106j corrects
 * invoices only (the sale was recorded as a consumer sale, and the refund in the same way,
 * art. 109 ust. 3). An invoice still waiting for its number (a crash between a payment's commit
 * and its numbering) gets its correction all the same: the correction is numbered only after it.
 */
export async function issueCorrection(tx: Tx, refundId: string, now: Date): Promise<{ id: string } | null> {
  // The refund's row lock: a notification and the sweeper (./sweep.ts) never both issue one.
  await tx.$queryRaw`SELECT 1 FROM "Refund" WHERE "id" = ${refundId} FOR UPDATE`;
  const refund = await tx.refund.findUniqueOrThrow({
    where: { id: refundId },
    select: {
      id: true,
      orderId: true,
      amount: true,
      itemIds: true,
      extRefundId: true,
      description: true,
      createdAt: true,
      strayPayment: true,
      status: true,
      correction: { select: { id: true } },
      order: { select: { invoice: { select: { id: true, kind: true } } } },
    },
  });
  if (refund.correction) return refund.correction;
  if (refund.status !== 'FINALIZED' || refund.strayPayment) return null;
  const invoiceId = refund.order.invoice?.kind === 'INVOICE' ? refund.order.invoice.id : null;
  if (!invoiceId) return null;

  // The invoice's row lock orders its corrections: each starts from what the one before left.
  await tx.$queryRaw`SELECT 1 FROM "Invoice" WHERE "id" = ${invoiceId} FOR UPDATE`;
  const invoice = await tx.invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    select: {
      number: true,
      snapshot: true,
      corrections: { select: { snapshot: true, createdAt: true }, orderBy: { createdAt: 'desc' } },
      order: { select: { number: true, items: { select: { id: true, name: true }, orderBy: { id: 'asc' } } } },
    },
  });
  const original = invoice.snapshot as unknown as InvoiceSnapshot;
  const earlier = invoice.corrections.map((c) => (c.snapshot as unknown as CorrectionSnapshot).after);
  const standing = standingLines(original, snapshotItemIds(original, invoice.order.items), earlier);
  const result = correctionLines(standing, { amount: refund.amount, itemIds: refund.itemIds });
  if (!result.ok) {
    throw new Error(
      `Refund ${refund.id} of ${refund.amount} cannot correct invoice ${invoice.number ?? invoiceId}: ` +
        `${result.reason}, ${result.remaining} left on it`,
    );
  }
  const whole = result.after.every((l) => lineValue(l) === 0);
  const snapshot: CorrectionSnapshot = {
    kind: 'CORRECTION',
    number: null,
    issueDate: null,
    place: original.place,
    reason: await correctionReason(tx, refund, whole),
    // The number and issue date are (re)read from the invoice when the correction is numbered,
    // which is never before the invoice is (./numbering.ts); its KSeF number is added with the XML.
    corrected: {
      number: invoice.number ?? '',
      issueDate: original.issueDate ?? '',
      saleDate: original.saleDate,
      ksefNumber: null,
    },
    seller: original.seller,
    buyer: original.buyer,
    currency: original.currency,
    ...(original.plnRate !== undefined ? { plnRate: original.plnRate } : {}),
    before: standing.map((s) => s.line),
    after: result.after,
    orderNumber: original.orderNumber ?? invoice.order.number,
    refundId: refund.id,
  };
  // Strictly after the invoice's last correction, so numbering follows the order they were issued in.
  const last = invoice.corrections[0]?.createdAt.getTime() ?? 0;
  const created = await tx.invoiceCorrection.create({
    data: {
      invoiceId,
      refundId: refund.id,
      snapshot: snapshot as unknown as object,
      createdAt: new Date(Math.max(now.getTime(), last + 1)),
    },
    select: { id: true },
  });
  return created;
}

/**
 * The order item each snapshot item (or, on older snapshots, each line) invoices: the snapshot
 * froze them in the order of their ids; a name that differs means the position cannot be trusted.
 */
function snapshotItemIds(s: InvoiceSnapshot, items: readonly { id: string; name: string }[]): (string | null)[] {
  const frozen: readonly { name: string }[] = s.items ?? s.lines ?? [];
  return frozen.map((f, k) => (items[k] && (items[k].name === f.name || !s.items) ? items[k].id : null));
}

/** The value a correction takes off (positive), from its snapshot. */
export function correctionAmount(s: Pick<CorrectionSnapshot, 'before' | 'after'>): number {
  const total = (ls: readonly InvoiceLine[]) => ls.reduce((a, l) => a + lineValue(l), 0);
  return total(s.before) - total(s.after);
}
