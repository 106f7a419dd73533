// S7: a payment taken at a centre's desk — cash, or a card on the centre's terminal — for one open
// charge of a centre contract. One transaction: the charge row locked and still OPEN, the amount
// exactly what is due, the next receipt number of the year's series (KP/2026/000001), a PAID order
// with its VAT invoice the way a booked transfer gets them (payChargeOffline), the charge paid
// through the billing engine (via DESK), the audit entry. A second booking of the same charge is
// refused with the first receipt's number (DeskReceipt.chargeId is unique, so two clicks at two
// desks at once book it once).
import { currentTime } from '@/lib/clock/clock';
import { db, type Tx } from '@/lib/db/client';
import { UserError, isUniqueViolation, type FieldCodes } from '@/lib/errors';
import { formatMoney } from '@/lib/format/money';
import { messages, type MessageCode } from '@/lib/i18n';
import { recordAudit } from '@/lib/audit';
import { actorWith } from '@/lib/staff/authority';
import { warsawToday } from '@/lib/billing/rules/days';
import { CHARGE_FOR_ORDER } from '@/lib/billing/payments/charge-order';
import { chargeDue } from '@/lib/billing/payments/charge-due';
import { payChargeOffline } from '@/lib/billing/payments/offline-payment';
import { numberPendingInvoices } from '@/lib/invoices/issue';
import { dispatchEmails } from '@/lib/jobs/queues';
import type { DeskMethod } from '@/lib/db/generated/enums';

export type DeskPaymentInput = {
  chargeId: string;
  method: DeskMethod;
  /** Gross grosze taken; must equal what the charge asks for. */
  amount: number;
  bookedById: string;
};

export type DeskPayment = { receiptId: string; number: string; orderId: string; emailIds: string[] };

/** "KP/2026/000042". */
export const receiptNumber = (year: number, n: number) => `KP/${year}/${String(n).padStart(6, '0')}`;

export async function bookDeskPayment(input: DeskPaymentInput, now = currentTime()): Promise<DeskPayment> {
  let booked: DeskPayment;
  try {
    booked = await db().$transaction((tx) => bookDeskPaymentIn(tx, input, now));
  } catch (e) {
    // Booked at another desk between our check and our insert: say which receipt has it.
    if (isUniqueViolation(e)) throw await bookedTwice(input.chargeId);
    throw e;
  }
  void dispatchEmails(booked.emailIds);
  void numberPendingInvoices().catch((e: unknown) =>
    console.error('[invoices] numbering failed; the job will retry', e instanceof Error ? e.message : e),
  );
  return booked;
}

async function bookedTwice(chargeId: string): Promise<UserError> {
  const r = await db().deskReceipt.findUnique({ where: { chargeId }, select: { number: true } });
  return new UserError(
    r ? { code: 'centresDesk.errors.alreadyBooked', params: [r.number] } : 'centresDesk.errors.alreadyPaid',
  );
}

export async function bookDeskPaymentIn(tx: Tx, input: DeskPaymentInput, now: Date): Promise<DeskPayment> {
  await actorWith(tx, input.bookedById, 'centres:desk');
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "ContractCharge" WHERE "id" = ${input.chargeId} FOR UPDATE`;
  if (locked.length === 0) throw new UserError('centresDesk.errors.notFound');
  const charge = await tx.contractCharge.findUniqueOrThrow({
    where: { id: input.chargeId },
    select: { ...CHARGE_FOR_ORDER, contract: { select: { ...CHARGE_FOR_ORDER.contract.select, offerId: true } } },
  });
  const centre = await centreOfOffer(tx, charge.contract.offerId);
  if (!centre) throw new UserError('centresDesk.errors.notCentre');
  const earlier = await tx.deskReceipt.findUnique({ where: { chargeId: charge.id }, select: { number: true } });
  if (earlier) throw new UserError({ code: 'centresDesk.errors.alreadyBooked', params: [earlier.number] });
  if (charge.status === 'PAID') throw new UserError('centresDesk.errors.alreadyPaid');
  if (charge.status !== 'OPEN') throw new UserError('centresDesk.errors.notOpen');
  const due = chargeDue(charge);
  if (input.amount !== due) {
    const code: MessageCode = { code: 'centresDesk.errors.wrongAmount', params: [formatMoney(due, charge.currency)] };
    throw new UserError(code, { amount: code } satisfies FieldCodes);
  }

  const year = Number(warsawToday(now).slice(0, 4));
  const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "DeskReceiptCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "DeskReceiptCounter"."last" + 1
    RETURNING "last"`;
  const number = receiptNumber(year, last);
  const t = messages().centresDesk;
  const paid = await payChargeOffline(tx, charge, {
    checkoutKey: `desk:${charge.id}`,
    now,
    paidAt: now,
    via: 'DESK',
    paymentMethod: t.paymentMethod(t.methods[input.method]),
    alreadyPaid: 'centresDesk.errors.alreadyPaid',
  });
  const receipt = await tx.deskReceipt.create({
    data: {
      number,
      chargeId: charge.id,
      centreId: centre.id,
      method: input.method,
      amount: due,
      currency: charge.currency,
      orderId: paid.orderId,
      bookedById: input.bookedById,
      createdAt: now,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: input.bookedById,
    action: 'payment.booked',
    objectType: 'order',
    objectId: paid.orderId,
    after: { chargeId: charge.id, amount: due, method: input.method, receipt: number, centreId: centre.id },
    note: `${number} ${charge.contract.number}`,
  });
  return { receiptId: receipt.id, number, orderId: paid.orderId, emailIds: paid.emailIds };
}

/** The centre a centre contract's offer sells (offer → live group → centre group), or null. */
export async function centreOfOffer(tx: Tx, offerId: string) {
  const offer = await tx.billingOffer.findUnique({
    where: { id: offerId },
    select: { product: true, liveGroupId: true },
  });
  if (offer?.product !== 'centre' || !offer.liveGroupId) return null;
  const group = await tx.centreGroup.findUnique({
    where: { liveGroupId: offer.liveGroupId },
    select: { centre: { select: { id: true, name: true } } },
  });
  return group?.centre ?? null;
}
