// A bank transfer booked against a charge, by staff by hand or from an imported statement. It is
// booked once: the charge row is locked and must still be OPEN, and the transfer's reference
// ('manual:<chargeId>' or the statement line's) is unique, so two staff at once or a statement
// imported twice book it once. A wrong amount is refused. The charge gets a PAID order, whose
// VAT invoice comes from the invoice path like any payment's, and the billing engine marks it paid.
import { currentTime } from '@/lib/clock/clock';
import { db, type Tx } from '@/lib/db/client';
import { UserError, isUniqueViolation } from '@/lib/errors';
import { formatMoney } from '@/lib/format/money';
import { fromWarsaw } from '@/lib/format/time';
import { warsawToday } from '@/lib/billing/rules/days';
import { messages, type MessageCode } from '@/lib/i18n';
import { recordAudit } from '@/lib/audit';
import { actorWith } from '@/lib/staff/authority';
import { numberPendingInvoices } from '@/lib/invoices/issue';
import { dispatchEmails } from '@/lib/jobs/queues';
import { CHARGE_FOR_ORDER } from './charge-order';
import { payChargeOffline } from './offline-payment';
import { chargeDue } from './charge-due';

export type TransferInput = {
  chargeId: string;
  /** Gross minor units as credited. */
  amount: number;
  currency?: string;
  title: string;
  /** The Warsaw day the money was credited, 'YYYY-MM-DD'. */
  bookedOn: string;
  /** The statement line's reference; a hand booking is 'manual:<chargeId>'. */
  reference?: string;
  bookedById: string;
  payerName?: string;
  importId?: string;
};

export type BookedTransfer = { transferId: string; orderId: string; emailIds: string[] };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Books the transfer in its own transaction; numbers the invoice and sends the e-mails after the commit. */
export async function bookTransfer(input: TransferInput, now = currentTime()): Promise<BookedTransfer> {
  let booked: BookedTransfer;
  try {
    booked = await db().$transaction((tx) => bookTransferIn(tx, input, now));
  } catch (e) {
    // The same reference committed by someone else between our check and our insert.
    if (isUniqueViolation(e)) throw new UserError('billingPay.transfers.referenceTaken');
    throw e;
  }
  void dispatchEmails(booked.emailIds);
  void numberPendingInvoices().catch((e: unknown) =>
    console.error('[invoices] numbering failed; the job will retry', e instanceof Error ? e.message : e),
  );
  return booked;
}

export async function bookTransferIn(tx: Tx, input: TransferInput, now: Date): Promise<BookedTransfer> {
  await actorWith(tx, input.bookedById, 'contracts:manage');
  const day = DAY.exec(input.bookedOn);
  if (!day) throw new Error(`bookedOn must be a YYYY-MM-DD day, got ${input.bookedOn}`);
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "ContractCharge" WHERE "id" = ${input.chargeId} FOR UPDATE`;
  if (locked.length === 0) throw new UserError('billingPay.transfers.notFound');
  const charge = await tx.contractCharge.findUniqueOrThrow({ where: { id: input.chargeId }, select: CHARGE_FOR_ORDER });
  if (charge.status === 'PAID') throw new UserError('billingPay.transfers.alreadyBooked');
  if (charge.status !== 'OPEN') throw new UserError('billingPay.transfers.notOpen');
  const due = chargeDue(charge);
  if ((input.currency ?? charge.currency) !== charge.currency)
    throw new UserError('billingPay.transfers.wrongCurrency', { amount: 'billingPay.transfers.wrongCurrency' });
  if (input.amount !== due) {
    const code: MessageCode = {
      code: 'billingPay.transfers.wrongAmount',
      params: [formatMoney(due, charge.currency)],
    };
    throw new UserError(code, { amount: code });
  }
  const reference = input.reference ?? `manual:${input.chargeId}`;
  if (await tx.bankTransfer.findUnique({ where: { reference }, select: { id: true } }))
    throw new UserError('billingPay.transfers.referenceTaken');

  // Credited that day: the sale (and tax point) of an advance payment is the day the money came;
  // noon of it, or now for money booked this morning: an invoice whose sale lies ahead is not
  // numbered until then (lib/invoices/issue.ts), and the payer would wait hours for it.
  const noon = fromWarsaw(Number(day[1]), Number(day[2]), Number(day[3]), 12);
  const paidAt = noon > now && warsawToday(now) === input.bookedOn ? now : noon;
  const paid = await payChargeOffline(tx, charge, {
    checkoutKey: `transfer:${reference}`,
    now,
    paidAt,
    via: 'TRANSFER',
    paymentMethod: messages().billingPay.transfers.paymentMethod,
    alreadyPaid: 'billingPay.transfers.alreadyBooked',
  });
  const transfer = await tx.bankTransfer.create({
    data: {
      chargeId: input.chargeId,
      reference,
      amount: input.amount,
      currency: charge.currency,
      title: input.title.slice(0, 500),
      payerName: input.payerName?.slice(0, 200) ?? null,
      bookedOn: new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))),
      importId: input.importId ?? null,
      bookedById: input.bookedById,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: input.bookedById,
    action: 'payment.booked',
    objectType: 'order',
    objectId: paid.orderId,
    after: { chargeId: input.chargeId, amount: input.amount, reference, bookedOn: input.bookedOn },
    note: input.title.slice(0, 200),
  });
  return { transferId: transfer.id, orderId: paid.orderId, emailIds: paid.emailIds };
}
