// The order that pays one contract charge: one AWAITING_PAYMENT order per charge at a time, so a
// pay link opened twice, a re-sent e-mail or a card run next to it never makes a second one. The
// order carries one CONTRACT_CHARGE line (chargeId), so its VAT invoice comes from the invoice path.
import type { Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { newOrderNumber } from '@/lib/orders/numbers';
import { chargeDue } from './charge-due';
import { contractBuyer } from './contract-buyer';

export type ChargeOrder =
  | {
      state: 'open';
      orderId: string;
      payerId: string;
      contractId: string;
      payMethod: 'LINK' | 'CARD' | 'TRANSFER' | 'DESK';
    }
  | { state: 'paid' | 'cancelled' | 'missing' };

export const chargeCheckoutKey = (chargeId: string, n: number) => `charge:${chargeId}:${n}`;

/**
 * Finds the charge's order still awaiting payment, or creates it with the payer's buyer data
 * (the invoice data of their last order, as checkout starts from). The charge row is locked, so
 * two openings at once make one order. An order priced before the charge changed (a discount
 * rejected or dropped) is cancelled and replaced.
 */
export async function ensureChargeOrder(tx: Tx, chargeId: string, now: Date): Promise<ChargeOrder> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "ContractCharge" WHERE "id" = ${chargeId} FOR UPDATE`;
  if (locked.length === 0) return { state: 'missing' };
  const charge = await tx.contractCharge.findUniqueOrThrow({
    where: { id: chargeId },
    select: CHARGE_FOR_ORDER,
  });
  if (charge.status === 'PAID') return { state: 'paid' };
  if (charge.status === 'CANCELLED') return { state: 'cancelled' };
  const c = charge.contract;
  const open = { state: 'open' as const, payerId: c.payerId, contractId: c.id, payMethod: c.payMethod };
  const due = chargeDue(charge);

  const waiting = await tx.order.findMany({
    where: { status: 'AWAITING_PAYMENT', items: { some: { chargeId } } },
    select: { id: true, totalGross: true },
  });
  const current = waiting.find((o) => o.totalGross === due);
  for (const stale of waiting.filter((o) => o !== current))
    await tx.order.update({ where: { id: stale.id }, data: { status: 'CANCELED' } });
  if (current) return { ...open, orderId: current.id };

  const before = await tx.order.count({ where: { items: { some: { chargeId } } } });
  const order = await tx.order.create({
    data: await chargeOrderData(tx, charge, { checkoutKey: chargeCheckoutKey(chargeId, before + 1), now }),
    select: { id: true },
  });
  return { ...open, orderId: order.id };
}

type ChargeForOrder = {
  id: string;
  label: string;
  amount: number;
  discount: number;
  currency: string;
  contract: {
    id: string;
    number: string;
    payerId: string;
    vatRate: number;
    termsVersion: string;
    signedAt: Date;
    immediateStartConsent: boolean;
    offer: { title: string };
    payer: { firstName: string; lastName: string; email: string | null };
  };
};

/**
 * An order paying one charge, as checkout would write it: buyer data from the contract (a school
 * licence's school, else the invoice data of the payer's last order), the terms accepted at signing, one CONTRACT_CHARGE line. Also used
 * for a bank transfer booked by staff (lib/billing/payments/transfers.ts), created PAID.
 */
export async function chargeOrderData(
  tx: Tx,
  charge: ChargeForOrder,
  o: { checkoutKey: string; now: Date; paidAt?: Date },
): Promise<Prisma.OrderUncheckedCreateInput> {
  const c = charge.contract;
  if (!c.payer.email) throw new Error(`Payer of contract ${c.number} has no e-mail address`);
  const due = chargeDue(charge);
  const invoice = await contractBuyer(tx, c.id, c.payerId);
  const company = invoice?.buyerType === 'COMPANY' && !!invoice.companyName;
  return {
    number: newOrderNumber(o.now),
    checkoutKey: o.checkoutKey,
    userId: c.payerId,
    currency: charge.currency,
    totalGross: due,
    ...(o.paidAt ? { status: 'PAID', paidAt: o.paidAt } : {}),
    buyerType: company ? 'COMPANY' : 'PERSON',
    buyerName: company ? invoice.companyName! : `${c.payer.firstName} ${c.payer.lastName}`,
    buyerEmail: c.payer.email,
    companyName: company ? invoice.companyName : null,
    nip: company ? (invoice.nip ?? null) : null,
    street: invoice?.street ?? null,
    postalCode: invoice?.postalCode ?? null,
    city: invoice?.city ?? null,
    termsVersion: c.termsVersion,
    termsAcceptedAt: c.signedAt,
    immediateDeliveryConsent: c.immediateStartConsent,
    items: {
      create: {
        kind: 'CONTRACT_CHARGE',
        chargeId: charge.id,
        name: `${c.offer.title} — ${charge.label} (${c.number})`.slice(0, 250),
        quantity: 1,
        unitGross: due,
        vatRate: c.vatRate,
        totalGross: due,
      },
    },
  };
}

/** The charge as chargeOrderData needs it. */
export const CHARGE_FOR_ORDER = {
  id: true,
  status: true,
  label: true,
  amount: true,
  discount: true,
  currency: true,
  contract: {
    select: {
      id: true,
      payerId: true,
      payMethod: true,
      number: true,
      vatRate: true,
      termsVersion: true,
      signedAt: true,
      immediateStartConsent: true,
      offer: { select: { title: true } },
      payer: { select: { firstName: true, lastName: true, email: true } },
    },
  },
} as const;
