// The order that pays a contract charge: one AWAITING_PAYMENT order per charge at a time, so a
// pay link opened twice, a re-sent e-mail or a card run next to it never makes a second one. The
// order carries a CONTRACT_CHARGE line per charge (chargeId), so its VAT invoice comes from the
// invoice path. Charges of one contract due the same day are paid together: the centre's starter
// pack "with the first payment" (S6) is one payment with the first instalment, not two.
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
  // The charge and the contract's other open charges due that day, locked in seq order (whichever
  // of them a link names, so two links of one day opened at once queue rather than deadlock).
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT ch."id" FROM "ContractCharge" ch
      JOIN "ContractCharge" me ON me."id" = ${chargeId} AND ch."contractId" = me."contractId"
     WHERE ch."id" = me."id" OR (ch."status" = 'OPEN' AND me."status" = 'OPEN' AND ch."dueDate" = me."dueDate")
     ORDER BY ch."seq" FOR UPDATE OF ch`;
  if (locked.length === 0) return { state: 'missing' };
  const charges = await tx.contractCharge.findMany({
    where: { id: { in: locked.map((r) => r.id) } },
    select: CHARGE_FOR_ORDER,
    orderBy: { seq: 'asc' },
  });
  const charge = charges.find((ch) => ch.id === chargeId)!;
  if (charge.status === 'PAID') return { state: 'paid' };
  if (charge.status === 'CANCELLED') return { state: 'cancelled' };
  const c = charge.contract;
  const open = { state: 'open' as const, payerId: c.payerId, contractId: c.id, payMethod: c.payMethod };
  const ids = charges.map((ch) => ch.id).sort();
  const due = charges.reduce((sum, ch) => sum + chargeDue(ch), 0);

  // An order waiting for any of these charges is the one only if it pays exactly them, at today's
  // price; any other (priced before a discount changed, or for fewer charges) is cancelled.
  const waiting = await tx.order.findMany({
    where: { status: 'AWAITING_PAYMENT', items: { some: { chargeId: { in: ids } } } },
    select: { id: true, totalGross: true, items: { select: { chargeId: true } } },
  });
  const same = (o: (typeof waiting)[number]) =>
    o.totalGross === due &&
    o.items
      .map((i) => i.chargeId)
      .sort()
      .join() === ids.join();
  const current = waiting.find(same);
  for (const stale of waiting.filter((o) => o !== current))
    await tx.order.update({ where: { id: stale.id }, data: { status: 'CANCELED' } });
  if (current) return { ...open, orderId: current.id };

  const before = await tx.order.count({ where: { items: { some: { chargeId } } } });
  const order = await tx.order.create({
    data: await chargeOrderData(tx, charge, {
      checkoutKey: chargeCheckoutKey(chargeId, before + 1),
      now,
      also: charges.filter((ch) => ch.id !== chargeId),
    }),
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
 * licence's school, else the invoice data of the payer's last order), the terms accepted at signing, a CONTRACT_CHARGE line per charge (`also`: those paid with it). Also used
 * for a bank transfer booked by staff (lib/billing/payments/transfers.ts), created PAID.
 */
export async function chargeOrderData(
  tx: Tx,
  charge: ChargeForOrder,
  o: { checkoutKey: string; now: Date; paidAt?: Date; also?: ChargeForOrder[] },
): Promise<Prisma.OrderUncheckedCreateInput> {
  const c = charge.contract;
  if (!c.payer.email) throw new Error(`Payer of contract ${c.number} has no e-mail address`);
  const paid = [charge, ...(o.also ?? [])];
  const due = paid.reduce((sum, ch) => sum + chargeDue(ch), 0);
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
      create: paid.map((ch) => ({
        kind: 'CONTRACT_CHARGE' as const,
        chargeId: ch.id,
        name: `${c.offer.title} — ${ch.label} (${c.number})`.slice(0, 250),
        quantity: 1,
        unitGross: chargeDue(ch),
        vatRate: c.vatRate,
        totalGross: chargeDue(ch),
      })),
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
