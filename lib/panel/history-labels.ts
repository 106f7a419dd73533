// A payment's history as staff read it. The rows store a kind code ("created", "notification",
// …), the status PayU reported and, in `detail.result`, an English note written by the settlement
// code; the known ones are shown through the catalogue, anything else as stored.
import { messages } from '@/lib/i18n';

type Orders = ReturnType<typeof messages>['panel']['orders'];

const KINDS: Record<string, keyof Orders['eventKind']> = {
  created: 'created',
  'create-failed': 'createFailed',
  notification: 'notification',
  'status-check': 'statusCheck',
  refund: 'refund',
  'order-canceled': 'orderCanceled',
};

// The notes lib/settlement/notifications.ts and settle-at-once.ts write into `detail.result`.
const RESULTS: Record<string, keyof Orders['eventResult']> = {
  'order paid': 'orderPaid',
  ignored: 'ignored',
  'status updated': 'statusUpdated',
  'amount or currency differ from the order': 'amountMismatch',
  'order already settled — refund this payment': 'paidTwice',
  'sibling discount lapsed': 'siblingDiscountLapsed',
  'order cancelled — payment refunded automatically': 'paidAfterCancel',
};

export type StoredPaymentEvent = { kind: string; status: string | null; detail: unknown };

/** One history row's text, e.g. "Powiadomienie PayU (zakończona): zamówienie opłacone". */
export function paymentEventText(e: StoredPaymentEvent, locale?: string): string {
  const m = messages(locale);
  const t = m.panel.orders;
  const kindKey = KINDS[e.kind];
  const kind = kindKey ? t.eventKind[kindKey] : e.kind;
  // A refund's row carries the refund's status; the others the payment's, as PayU reported it.
  const statuses: Record<string, string> = e.kind === 'refund' ? t.refundStatus : m.checkout.paymentStatus;
  const status = e.status ? (statuses[e.status] ?? e.status) : null;
  const stored =
    e.detail && typeof e.detail === 'object' && 'result' in e.detail
      ? String((e.detail as { result: unknown }).result)
      : null;
  const resultKey = stored === null ? undefined : RESULTS[stored];
  const result = resultKey ? t.eventResult[resultKey] : stored;
  return t.event(kind, status, result);
}
