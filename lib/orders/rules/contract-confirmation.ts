// Which documents a buyer gets on a durable medium with the contract confirmation (art. 21 ust. 1
// u.p.k.), per order item and for the whole order. Everyone gets the terms as accepted; a consumer
// also gets either the confirmation of the art. 38 pt 13 request or the art. 27 withdrawal kit.
import type { WithdrawalItem, WithdrawalItemKind } from '@/lib/orders/rules/withdrawal';

/** The files that can travel with the confirmation, in the order they are listed and attached. */
export const CONTRACT_DOCUMENTS = ['terms', 'earlyStart', 'withdrawalInstruction', 'withdrawalForm'] as const;
export type ContractDocument = (typeof CONTRACT_DOCUMENTS)[number];

/**
 * What the confirmation says about an item's withdrawal right: lost by the early-start request
 * (digital content, art. 38 pt 13), kept but paid pro rata once the service started (art. 35),
 * kept in full (art. 27), kept through the family packages' own procedure (§8 of their terms), or
 * none (B2B).
 */
export type ContractStatement = 'rightLost' | 'serviceProRata' | 'withdrawalRight' | 'familyProcedure' | 'business';

export type ConfirmationItem = Pick<WithdrawalItem, 'kind' | 'buyerType' | 'consent'>;
export type ItemConfirmation = { statement: ContractStatement; documents: ContractDocument[] };

const KIT: ContractDocument[] = ['withdrawalInstruction', 'withdrawalForm'];

export function itemConfirmation(item: ConfirmationItem): ItemConfirmation {
  // Parents keep the art. 27 right (14 days, family terms §8): art. 12 ust. 1 pkt 9 owes them the
  // instruction and the model form like any consumer, worded for their own procedure
  // (/rodzina/rezygnacja, full refund less the §5.3 set-off); an early-start request changes nothing.
  if (item.kind === 'family') return { statement: 'familyProcedure', documents: ['terms', ...KIT] };
  // A business has no withdrawal right: the terms are its whole confirmation.
  if (item.buyerType !== 'PERSON') return { statement: 'business', documents: ['terms'] };
  if (item.kind === 'service') {
    // A service keeps the right after an early start; the request only makes the delivered part
    // payable (art. 35), so the request is confirmed and the kit still goes with it.
    return item.consent
      ? { statement: 'serviceProRata', documents: ['terms', 'earlyStart', ...KIT] }
      : { statement: 'withdrawalRight', documents: ['terms', ...KIT] };
  }
  // Digital content (a course, a group package a consumer bought): art. 38 pt 13 requires the
  // request to be confirmed; without it the right stays and the consumer gets the model form.
  return item.consent
    ? { statement: 'rightLost', documents: ['terms', 'earlyStart'] }
    : { statement: 'withdrawalRight', documents: ['terms', ...KIT] };
}

export type OrderConfirmation = {
  documents: ContractDocument[];
  statements: ContractStatement[];
  items: ItemConfirmation[];
};

/** The order's confirmation: every document any item needs, each once, terms first. */
export function contractConfirmation(items: readonly ConfirmationItem[]): OrderConfirmation {
  const per = items.map(itemConfirmation);
  const wanted = new Set<ContractDocument>(['terms', ...per.flatMap((p) => p.documents)]);
  const statements = [...new Set(per.map((p) => p.statement))];
  return { documents: CONTRACT_DOCUMENTS.filter((d) => wanted.has(d)), statements, items: per };
}

/** An order item's legal kind from its row: a family package, a group package (seats > 1) or a course. */
export function contractItemKind(row: { kind: string | null; seats: number }): WithdrawalItemKind {
  if (row.kind === 'FAMILY_PACKAGE') return 'family';
  return row.seats > 1 ? 'group' : 'course';
}
