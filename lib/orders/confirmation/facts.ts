// What the contract confirmation is made of: the order's parties, items, terms version and
// consent as recorded at checkout, and the documents the rule gives it. One read, owner-checked.
import { db } from '@/lib/db/client';
import {
  contractConfirmation,
  contractItemKind,
  type OrderConfirmation,
} from '@/lib/orders/rules/contract-confirmation';
import type { WithdrawalItemKind } from '@/lib/orders/rules/withdrawal';

export type ContractFacts = {
  id: string;
  number: string;
  buyerType: 'PERSON' | 'COMPANY';
  buyerName: string;
  consent: boolean;
  termsVersion: string;
  termsAcceptedAt: Date;
  paidAt: Date | null;
  currency: string;
  totalGross: number;
  items: { name: string; quantity: number; totalGross: number; kind: WithdrawalItemKind }[];
  /** The children's packages of a family order, each withdrawn on its own page (/rodzina/rezygnacja/<id>). */
  familyPackages: { id: string; name: string }[];
  /**
   * A billing contract's documents (lib/billing/contracts/documents.ts) rather than an order's:
   * its page (where the payer withdraws), its number's wording, the early-start request as signed.
   */
  contract?: { path: string; earlyStartText: string };
};

/** The order's facts; `ownerId` null is staff (the mailbox), otherwise someone else's order is null. */
export async function loadContractFacts(orderId: string, ownerId: string | null): Promise<ContractFacts | null> {
  const o = await db().order.findFirst({
    where: { id: orderId, ...(ownerId ? { userId: ownerId } : {}) },
    select: {
      id: true,
      number: true,
      buyerType: true,
      buyerName: true,
      immediateDeliveryConsent: true,
      termsVersion: true,
      termsAcceptedAt: true,
      paidAt: true,
      currency: true,
      totalGross: true,
      items: {
        orderBy: { id: 'asc' },
        select: { id: true, name: true, quantity: true, totalGross: true, kind: true, seats: true },
      },
    },
  });
  if (!o) return null;
  const packages = o.items.some((i) => contractItemKind(i) === 'family')
    ? await db().familyPackage.findMany({ where: { orderId: o.id }, select: { id: true, orderItemId: true } })
    : [];
  return {
    id: o.id,
    number: o.number,
    buyerType: o.buyerType,
    buyerName: o.buyerName,
    consent: o.immediateDeliveryConsent,
    termsVersion: o.termsVersion,
    termsAcceptedAt: o.termsAcceptedAt,
    paidAt: o.paidAt,
    currency: o.currency,
    totalGross: o.totalGross,
    items: o.items.map((i) => ({
      name: i.name,
      quantity: i.quantity,
      totalGross: i.totalGross,
      kind: contractItemKind(i),
    })),
    familyPackages: o.items.flatMap((i) => {
      const p = packages.find((x) => x.orderItemId === i.id);
      return p ? [{ id: p.id, name: i.name }] : [];
    }),
  };
}

/** The rule applied to the order's items. */
export function confirmationOf(f: ContractFacts): OrderConfirmation {
  return contractConfirmation(f.items.map((i) => ({ kind: i.kind, buyerType: f.buyerType, consent: f.consent })));
}
