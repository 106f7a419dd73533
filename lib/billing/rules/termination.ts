// What ending a contract now would mean, per the plan's termination rule, in grosze rounded once:
// the day it ends, what is refunded, what is still owed, and which open charges stay or go.
//  - END_OF_PAID_MONTH (razem B7): ends when the paid month ends; nothing refunded.
//  - NO_REFUND (Live L10; family instalments, polonijka §7.6): the paid period runs out.
//  - MONTH_NOTICE (centre S10, S11, S13): ends at the end of the month after the notice month,
//    charges due until then are paid; settled pro-rata to what was used by then; full refund
//    (but the starter pack) up to the day after the 2nd class.
//  - PRO_RATA (licence A16 by days to its end; a centre by sessions delivered): ends today.
//  - Within 14 days of signing a consumer withdraws (art. 27, 32: refund within 14 days); what was
//    performed at their request before is paid pro-rata (art. 35) — the statute over weaker clauses.
import type { BillingTermination } from '@/lib/db/generated/enums';
import { messages } from '@/lib/i18n';
import { addDays, addMonthsClamped, asDay, daysBetween, endOfMonth, startOfMonth, warsawToday, type Day } from './days';
import { guaranteeDeadline } from './guarantee';
import { isPlanCode, planPolicy, WITHDRAWAL_DAYS } from './plans';

export type QuoteContract = {
  termination: BillingTermination;
  planCode: string;
  signedAt: Date;
  immediateStartConsent: boolean;
  paidThrough: Date | Day | null;
};

export type QuoteCharge = {
  id: string;
  kind: string;
  label: string;
  amount: number;
  discount: number;
  status: string;
  dueDate: Date | Day;
  periodStart: Date | Day | null;
  periodEnd: Date | Day | null;
  refundable: boolean;
};

export type QuoteInput = {
  contract: QuoteContract;
  charges: QuoteCharge[];
  today: Day;
  /** Sessions delivered (by the end day) out of `total`: the measure of use for a centre or Live. */
  delivered?: number;
  total?: number;
  /**
   * The class days of the beneficiary's group from the contract's start (cancelled ones left out):
   * use is measured in classes when given (L1, S13), and S11's "the day after the 2nd class".
   */
  sessionDays?: Day[];
  /** Staff end the contract today rather than the payer giving notice. */
  endNow?: boolean;
  /** The language of the lines' labels: the payer's for a preview; Polish (the default) when stored. */
  locale?: string;
};

type QuoteTexts = ReturnType<typeof messages>['billing']['quote'];
/**
 * `label` is the Polish text pages show today; `code` (and the used fraction, `param`) lets a
 * reader's language name the line again (the notice e-mail, rendered on delivery).
 */
export type QuoteLine = { label: string; amount: number; code?: keyof QuoteTexts; param?: string };

/** A line's label in a language, from its code. */
export function quoteLineLabel(l: { code: keyof QuoteTexts; param?: string }, texts: QuoteTexts): string {
  const text = texts[l.code];
  return typeof text === 'function' ? text(l.param ?? '') : text;
}

const line = (code: keyof QuoteTexts, amount: number, param?: string): QuoteLine => ({
  code,
  amount,
  ...(param === undefined ? {} : { param }),
  label: quoteLineLabel({ code, param }, messages().billing.quote),
});

export type Quote = {
  kind: 'withdrawal' | 'full-refund' | 'notice';
  /** The last day of access. */
  endsOn: Day;
  refund: number;
  owed: number;
  lines: QuoteLine[];
  /** OPEN charges still to be paid (due by the end). */
  keep: string[];
  /** OPEN charges no longer owed. */
  cancel: string[];
  /** A shortfall beyond the kept charges, to become a SETTLEMENT charge (S13). */
  shortfall: number;
};

const net = (c: QuoteCharge) => c.amount - c.discount;
const sum = (cs: QuoteCharge[]) => cs.reduce((a, c) => a + net(c), 0);

/** Use as a fraction num/den: sessions delivered, or days of the service period up to `end`. */
export function usedFraction(input: QuoteInput, end: Day): { num: number; den: number } | null {
  if (input.total && input.total > 0 && input.delivered !== undefined) {
    return { num: Math.min(Math.max(input.delivered, 0), input.total), den: input.total };
  }
  const periods = input.charges.filter((c) => c.status !== 'CANCELLED' && c.refundable && c.periodStart && c.periodEnd);
  if (periods.length === 0) return null;
  const start = periods.map((c) => asDay(c.periodStart!)).reduce((a, b) => (a < b ? a : b));
  const last = periods.map((c) => asDay(c.periodEnd!)).reduce((a, b) => (a > b ? a : b));
  return spanFraction(input.sessionDays, start, last, end);
}

/** The share of [start, last] gone by `end`: by the scheduled classes in it when known, else by days. */
function spanFraction(sessionDays: Day[] | undefined, start: Day, last: Day, end: Day) {
  const classes = (sessionDays ?? []).filter((d) => d >= start && d <= last);
  if (classes.length > 0) return { num: classes.filter((d) => d <= end).length, den: classes.length };
  const den = daysBetween(start, last) + 1;
  return { num: Math.min(Math.max(daysBetween(start, end) + 1, 0), den), den };
}

/**
 * Art. 35: what the consumer pays for the service performed at their request before withdrawing —
 * each paid period's price × the share of its classes (or days) gone by, summed and rounded once.
 * Fees for things handed over are not a service: refunded in full.
 */
function performedValue(input: QuoteInput, paid: QuoteCharge[], today: Day): number {
  if (input.total && input.total > 0 && input.delivered !== undefined) {
    return times(sum(paid), usedFraction(input, today)!);
  }
  let value = 0;
  for (const c of paid) {
    if (!c.periodStart || !c.periodEnd) continue;
    const f = spanFraction(input.sessionDays, asDay(c.periodStart), asDay(c.periodEnd), today);
    value += (net(c) * f.num) / f.den;
  }
  return Math.round(value);
}

const times = (amount: number, f: { num: number; den: number }) =>
  Math.floor((amount * f.num * 2 + f.den) / (2 * f.den));
const pct = (f: { num: number; den: number }) => `${f.num}/${f.den}`;

/** The quote, its lines named in `input.locale` (Polish, what is stored, by default). */
export function quoteTermination(input: QuoteInput): Quote {
  const q = quote(input);
  if (!input.locale) return q;
  const texts = messages(input.locale).billing.quote;
  return {
    ...q,
    lines: q.lines.map((l) => (l.code ? { ...l, label: quoteLineLabel({ ...l, code: l.code }, texts) } : l)),
  };
}

function quote(input: QuoteInput): Quote {
  const { contract, charges, today } = input;
  const open = charges.filter((c) => c.status === 'OPEN');
  const paid = charges.filter((c) => c.status === 'PAID');
  const consumer = isPlanCode(contract.planCode) ? planPolicy(contract.planCode).consumer : true;
  const signedDay = warsawToday(contract.signedAt);

  if (consumer && !input.endNow && today <= addDays(signedDay, WITHDRAWAL_DAYS)) {
    const paidAll = sum(paid);
    const performed = contract.immediateStartConsent ? performedValue(input, paid, today) : 0;
    const lines: QuoteLine[] = [line('paid', paidAll)];
    if (performed > 0) lines.push(line('performed', -performed));
    lines.push(line('refund', paidAll - performed));
    return {
      kind: 'withdrawal',
      endsOn: today,
      refund: paidAll - performed,
      owed: 0,
      lines,
      keep: [],
      cancel: open.map((c) => c.id),
      shortfall: 0,
    };
  }

  const paidThrough = contract.paidThrough ? asDay(contract.paidThrough) : null;
  if (input.endNow) {
    // Ended by the provider today (S12: after an unanswered demand): settled pro-rata where the
    // plan settles at all (S13, A16); a plan with no refund just stops, later charges cancelled.
    return contract.termination === 'PRO_RATA' || contract.termination === 'MONTH_NOTICE'
      ? proRata(input, today, open, paid)
      : runOut(today, open, []);
  }
  switch (contract.termination) {
    case 'END_OF_PAID_MONTH':
    case 'NO_REFUND': {
      const endsOn = paidThrough && paidThrough >= today ? paidThrough : today;
      return runOut(endsOn, open, contract.termination === 'NO_REFUND' ? [line('noRefund', 0)] : []);
    }
    case 'MONTH_NOTICE':
      return monthNotice(input, open, paid);
    case 'PRO_RATA':
      return proRata(input, today, open, paid);
  }
}

/** The paid period runs out: charges due by then stay, later ones go; nothing refunded. */
function runOut(endsOn: Day, open: QuoteCharge[], extra: QuoteLine[]): Quote {
  const keep = open.filter((c) => asDay(c.dueDate) <= endsOn);
  const cancel = open.filter((c) => asDay(c.dueDate) > endsOn);
  const owed = sum(keep);
  const lines = [...extra];
  if (owed > 0) lines.push(line('keptCharges', owed));
  if (cancel.length > 0) lines.push(line('cancelledCharges', -sum(cancel)));
  return {
    kind: 'notice',
    endsOn,
    refund: 0,
    owed,
    lines,
    keep: keep.map((c) => c.id),
    cancel: cancel.map((c) => c.id),
    shortfall: 0,
  };
}

function monthNotice(input: QuoteInput, open: QuoteCharge[], paid: QuoteCharge[]): Quote {
  const { today } = input;
  // The class days given start at the contract's service start (lib/billing/contracts/state.ts).
  const deadline = input.sessionDays ? guaranteeDeadline(input.sessionDays) : null;
  if (deadline && today <= deadline) {
    // S11: everything back but the non-refundable starter pack, which stays owed if unpaid.
    const refund = sum(paid.filter((c) => c.refundable));
    const keep = open.filter((c) => !c.refundable);
    const owed = sum(keep);
    const lines: QuoteLine[] = [line('fullRefund', refund)];
    if (owed > 0) lines.push(line('nonRefundable', owed));
    const cancel = open.filter((c) => c.refundable).map((c) => c.id);
    return {
      kind: 'full-refund',
      endsOn: today,
      refund,
      owed,
      lines,
      keep: keep.map((c) => c.id),
      cancel,
      shortfall: 0,
    };
  }
  // S10: the end of the month after the month of notice.
  const endsOn = endOfMonth(addMonthsClamped(startOfMonth(today), 1));
  const quote = runOut(endsOn, open, []);
  return settle(
    input,
    quote,
    endsOn,
    paid,
    open.filter((c) => quote.keep.includes(c.id)),
  );
}

function proRata(input: QuoteInput, today: Day, open: QuoteCharge[], paid: QuoteCharge[]): Quote {
  const keep = open.filter((c) => !c.refundable && asDay(c.dueDate) <= today);
  const cancel = open.filter((c) => !keep.includes(c));
  const base: Quote = {
    kind: 'notice',
    endsOn: today,
    refund: 0,
    owed: sum(keep),
    lines: [],
    keep: keep.map((c) => c.id),
    cancel: cancel.map((c) => c.id),
    shortfall: 0,
  };
  return settle(input, base, today, paid, keep);
}

/**
 * Pro-rata settlement (S13, A16): the value of the service up to `end` (the refundable price ×
 * use, rounded once) against what was paid and what is still to be paid by then.
 */
function settle(input: QuoteInput, q: Quote, end: Day, paid: QuoteCharge[], kept: QuoteCharge[]): Quote {
  const f = usedFraction(input, end);
  const paidRefundable = sum(paid.filter((c) => c.refundable));
  if (!f) return { ...q, lines: [line('paid', paidRefundable), ...q.lines] };
  const price = sum(input.charges.filter((c) => c.status !== 'CANCELLED' && c.refundable));
  const value = times(price, f);
  const covered = paidRefundable + sum(kept.filter((c) => c.refundable));
  const refund = Math.min(Math.max(covered - value, 0), paidRefundable);
  const shortfall = Math.max(value - covered, 0);
  const lines: QuoteLine[] = [line('paid', paidRefundable), line('used', value, pct(f)), ...q.lines];
  if (refund > 0) lines.push(line('refund', refund));
  if (shortfall > 0) lines.push(line('owed', shortfall));
  return { ...q, refund, owed: q.owed + shortfall, shortfall, lines };
}
