// What the buyer's order page shows: the order with its refunds, where its payment stands, what
// the withdrawal rule allows now (lib/settlement/withdrawals.ts) and the contract as confirmed
// on a durable medium ("Twoja umowa": terms version, consent, the documents as PDFs).
import { currentTime } from '@/lib/clock/clock';
import { getMyOrder } from '@/lib/orders/queries';
import { loadContractFacts, type ContractFacts } from '@/lib/orders/confirmation/facts';
import { documentPath } from '@/lib/orders/confirmation/paths';
import { copyLocaleFor, hasCopy } from '@/lib/orders/confirmation/courtesy';
import { findVersion } from '@/lib/legal/registry';
import { contractSummary, type ContractSummary } from '@/lib/orders/confirmation/summary';
import type { ContractDocument } from '@/lib/orders/rules/contract-confirmation';
import { orderWithdrawalView } from '@/lib/settlement/withdrawals';
import { absoluteUrl } from '@/lib/url';

export type ContractView = Omit<ContractSummary, 'documents'> & {
  /** `copyHref`: the courtesy translation in the reader's language, beside the Polish original. */
  documents: { kind: ContractDocument; label: string; href: string; copyHref?: string }[];
  /**
   * The buyer got the model form for an item the order page's button withdraws from (a family
   * package is withdrawn on the family page, as its statement says) and may still withdraw.
   */
  pointToWithdrawal: boolean;
};

/** The contract section of a paid order, in the reader's `locale`; none before payment, when no contract exists yet. */
export function contractView(f: ContractFacts, familyUrl: string, locale?: string): ContractView | null {
  if (!f.paidAt) return null;
  const s = contractSummary({ ...f, kinds: f.items.map((i) => i.kind) }, familyUrl, locale);
  const copy = copyLocaleFor(locale);
  const terms = findVersion('terms', f.termsVersion);
  return {
    ...s,
    documents: s.documents.map((d) => {
      const href = documentPath(f.id, d.kind);
      return copy && hasCopy(d.kind, terms, copy) ? { ...d, href, copyHref: `${href}?lang=${copy}` } : { ...d, href };
    }),
    pointToWithdrawal: s.documents.some((d) => d.kind === 'withdrawalForm') && f.items.some((i) => i.kind !== 'family'),
  };
}

type PaymentRow = { status: string; payments: { status: string }[] };
const OPEN = new Set(['NEW', 'PENDING', 'WAITING_FOR_CONFIRMATION']);

/** Whether PayU is still deciding, or the buyer may pay again (`error`: PayU sent them back with one). */
export function paymentState(order: PaymentRow, error?: string) {
  const last = order.payments[0]?.status ?? null;
  const awaiting = order.status === 'AWAITING_PAYMENT';
  return {
    last,
    inProgress: awaiting && !error && last !== null && OPEN.has(last),
    failed: awaiting && (last === 'CANCELED' || !!error),
  };
}

export async function loadMyOrderPage(userId: string, orderId: string, now = currentTime(), locale?: string) {
  const order = await getMyOrder(userId, orderId); // someone else's order is simply not found
  if (!order) return null;
  const [withdrawal, facts] = await Promise.all([
    orderWithdrawalView(userId, orderId, now),
    loadContractFacts(orderId, userId),
  ]);
  const contract = facts ? contractView(facts, absoluteUrl('/rodzina'), locale) : null;
  if (contract) contract.pointToWithdrawal &&= withdrawal?.state === 'available';
  return { order, withdrawal: withdrawal ?? { state: 'none' as const }, contract };
}

export type MyOrderPage = NonNullable<Awaited<ReturnType<typeof loadMyOrderPage>>>;
