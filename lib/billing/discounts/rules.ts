// The discount rules (pure): what each product grants for a sibling (L7, S7), a referral (S7) and
// Akcja Kontynuacja (AK1–AK2) with its sign-up window, and how a contract's discounts fall on its
// charges — spread over a plan's instalments, remainder on the last (AK1), fees never discounted.
import type { BillingPlanKind, ChargeKind, DiscountKind } from '@/lib/db/generated/enums';
import { discountCharges } from '@/lib/billing/contracts/discounts';

export type DiscountEffect = { kind: DiscountKind; value: number };
type ByProduct<T> = Readonly<Record<string, T | undefined>>;
const percent = (p: number): DiscountEffect => ({ kind: 'PERCENT', value: p * 100 });

/**
 * Sibling discount ("rabat rodzicielski", 2nd and later child): matplaneta Live §3.8 and the centre
 * §2.3.1. Not for the parents' yearly packages on instalments (polonijka §5.3: no sibling discount
 * with instalments), so 'family' is absent. Keyed by offer slug or product; the slug wins.
 */
export const SIBLING: ByProduct<DiscountEffect> = { live: percent(10), centre: percent(10) };

/** Referral discount for both sides (centre §2.3.2); the referrer's benefit is the same effect. */
export const REFERRAL: ByProduct<DiscountEffect> = { centre: percent(10) };

/** A calendar window within one year, month and day inclusive ('06-01'…'06-30'). */
export type YearWindow = { from: string; to: string };

/**
 * Akcja Kontynuacja (AK §2.1: 10 % or 200 zł depending on the centre; §2.2.4: sign-ups 1–30 June).
 * An offer slug may name its own effect (a centre giving 200 zł): { kind: 'AMOUNT', value: 20000 }.
 */
export const CONTINUATION: ByProduct<DiscountEffect & { window: YearWindow }> = {
  centre: { ...percent(10), window: { from: '06-01', to: '06-30' } },
};

/** A window of whole Warsaw days, both inclusive ('2027-06-01'…'2027-06-30'). */
export type DayWindow = { first: string; last: string };

/** A centre's own Akcja Kontynuacja terms as staff set them (Centre.continuation*). */
export type CentreContinuationTerms = {
  continuationKind: DiscountKind;
  continuationValue: number;
  continuationFrom: Date | null;
  continuationTo: Date | null;
};

/**
 * AK1–AK2 per centre: its effect (10 % = PERCENT 1000, 200 zł = AMOUNT 20000) and its sign-up
 * window; no window set (either day missing) means sign-ups on the promotion are closed.
 */
export function centreContinuation(c: CentreContinuationTerms): { effect: DiscountEffect; window: DayWindow | null } {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    effect: { kind: c.continuationKind, value: c.continuationValue },
    window:
      c.continuationFrom && c.continuationTo ? { first: day(c.continuationFrom), last: day(c.continuationTo) } : null,
  };
}

/** Whether a Warsaw day falls in a day window (closed when there is none). */
export const inDayWindow = (day: string, w: DayWindow | null) => w !== null && day >= w.first && day <= w.last;

/** AK3: the continuation discount is lost once a charge is more than this many days overdue. */
export const CONTINUATION_LAPSE_DAYS = 30;

/** How long the payer may withdraw after a declared discount was rejected (S7 §2.4, like art. 27). */
export const WITHDRAW_DAYS = 14;

/** The entry for an offer: its slug first, then its product. */
export function effectFor<T>(table: ByProduct<T>, offer: { slug: string; product: string }): T | null {
  return table[offer.slug] ?? table[offer.product] ?? null;
}

/** Whether a Warsaw day 'YYYY-MM-DD' falls in the window of its own year. */
export function inWindow(day: string, w: YearWindow): boolean {
  const md = day.slice(5);
  return md >= w.from && md <= w.to;
}

/**
 * The school year (1 September – 31 August) a Warsaw day belongs to: its first day and the day after it.
 * Sign-ups in June are for the next year, so "last year" (AK §2.2.2) is the one containing the day.
 */
export function schoolYearOf(day: string): { first: string; end: string } {
  const y = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 9 ? y : y - 1;
  return { first: `${start}-09-01`, end: `${start + 1}-09-01` };
}

/** Codes are stored upper-case and compared so; 3–30 letters, digits, '-' or '_'. */
export const CODE_FORMAT = /^[A-Z0-9][A-Z0-9_-]{2,29}$/;
export const normaliseCode = (code: string) => code.trim().toUpperCase();

/** Charges a discount can fall on: periods and instalments, never a fee, a settlement or a top-up. */
export const DISCOUNTABLE: readonly ChargeKind[] = ['PERIOD', 'INSTALMENT'];

export type ChargeLine = { id: string; seq: number; kind: ChargeKind; amount: number };
/** A live discount; `chargeId` pins it whole to one charge (a referrer's benefit on their next charge). */
export type DiscountLine = DiscountEffect & { total: number; chargeId?: string };

/**
 * Each charge's share of a contract's live discounts, as signContract laid them out (core's
 * discountCharges over the plan's periods and instalments in seq order: FULL/INSTALMENTS/PROFORMA
 * spread in proportion, remainder on the last, AK1; MONTHLY/SESSIONS a percent on every period, an
 * amount on the first), plus discounts pinned to one charge. Never more than a charge's amount.
 */
export function discountShares(
  planKind: BillingPlanKind,
  charges: readonly ChargeLine[],
  discounts: readonly DiscountLine[],
): Map<string, number> {
  const base = charges.filter((c) => DISCOUNTABLE.includes(c.kind)).sort((a, b) => a.seq - b.seq);
  const shares = new Map(charges.map((c) => [c.id, 0]));
  const { perCharge } = discountCharges(
    planKind,
    base,
    discounts.filter((d) => !d.chargeId),
  );
  base.forEach((c, i) => shares.set(c.id, perCharge[i] ?? 0));
  for (const d of discounts)
    if (d.chargeId && shares.has(d.chargeId)) shares.set(d.chargeId, (shares.get(d.chargeId) ?? 0) + d.total);
  for (const c of charges) shares.set(c.id, Math.min(shares.get(c.id) ?? 0, Math.max(0, c.amount)));
  return shares;
}
