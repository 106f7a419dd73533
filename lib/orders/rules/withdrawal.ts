// May a buyer withdraw from an order item without giving reasons, and for how much
// (ustawa o prawach konsumenta, art. 27–38)? One decision per item; the order page offers the
// withdrawal when any item allows it. Pure: the caller passes `now`.
import { withdrawalWindow } from '@/lib/families/rules/withdrawal';

/**
 * What an item is, legally: a course is digital content not on a tangible medium; a group
 * package is the same content for N people; a service is delivered over time (live classes);
 * a family package has its own withdrawal and resignation procedure (/rodzina/rezygnacja).
 */
export type WithdrawalItemKind = 'course' | 'group' | 'service' | 'family';

export type WithdrawalItem = {
  kind: WithdrawalItemKind;
  /** PERSON = a consumer (art. 22¹ KC); COMPANY = a business buying for its staff (B2B). */
  buyerType: 'PERSON' | 'COMPANY';
  /** The art. 38 pt 13 request to start before the term ends, with the acknowledged loss of the right. */
  consent: boolean;
  /** The content was made available (the enrolment or group exists) — "rozpoczęcie świadczenia". */
  accessStarted: boolean;
  /**
   * When the contract was concluded: the buyer clicked "Zamawiam i płacę" (Order.termsAcceptedAt),
   * as the terms say. The 14 days run from here, not from the payment.
   */
  concludedAt: Date;
  /** When the payment was booked; null while unpaid, when there is nothing to withdraw from. */
  paidAt: Date | null;
  /** What the buyer paid for this item, in minor units. */
  paidGross: number;
  /** Services only: the part delivered so far, e.g. 3 of 8 classes. */
  delivered?: { done: number; total: number };
};

export type WithdrawalRefusal = 'notPaid' | 'expired' | 'consentGiven' | 'business' | 'fullyPerformed' | 'ownProcedure';

export type WithdrawalDecision =
  | { allowed: true; refund: number; until: Date; basis: 'full' | 'proRata' }
  | { allowed: false; reason: WithdrawalRefusal; until: Date | null };

export function withdrawalDecision(item: WithdrawalItem, now: Date): WithdrawalDecision {
  if (!item.paidAt) return { allowed: false, reason: 'notPaid', until: null };
  // Art. 27 + art. 28 pt 4: 14 days from the conclusion of a contract for digital content or a
  // service, counted as the Civil Code counts days (the family rule holds the reckoning). The
  // parents' terms (§8.1) count from paying, later and so never worse for the consumer, and their
  // own procedure applies that reckoning: the date shown here must be the one it enforces.
  const { until } = withdrawalWindow(item.kind === 'family' ? item.paidAt : item.concludedAt);
  // The family terms (§8) already give the same 14 days with a full refund, through their own
  // procedure that also settles the sibling discount; the order page links to it.
  if (item.kind === 'family') return { allowed: false, reason: 'ownProcedure', until };
  // Withdrawal is a consumer's right; a company buying a group package for its staff has none.
  if (item.buyerType !== 'PERSON') return { allowed: false, reason: 'business', until };
  // Art. 30: the statement sent before the term ends is enough, so `now` is when it was sent.
  if (now.getTime() >= until.getTime()) return { allowed: false, reason: 'expired', until };

  if (item.kind === 'service') {
    const d = item.delivered ?? { done: 0, total: 1 };
    // Art. 35 ust. 1: after asking for an early start the consumer pays for what was delivered;
    // art. 38 pt 1: none once fully performed. Without the request nothing is owed (art. 35 ust. 3).
    if (!item.consent || d.done <= 0) return { allowed: true, refund: item.paidGross, until, basis: 'full' };
    if (d.done >= d.total) return { allowed: false, reason: 'fullyPerformed', until };
    const refund = item.paidGross - Math.round((item.paidGross * d.done) / d.total);
    return { allowed: true, refund, until, basis: 'proRata' };
  }
  // Digital content (a course, or a group package bought by a consumer): art. 38 pt 13 excludes
  // the right only when delivery started after the express consent with the acknowledged loss.
  // Without the consent the right stays even for a course partly studied, with a full refund
  // (art. 35 ust. 3 pt 2: the consumer bears no cost of digital content supplied in the term).
  if (item.consent && item.accessStarted) return { allowed: false, reason: 'consentGiven', until };
  return { allowed: true, refund: item.paidGross, until, basis: 'full' };
}
