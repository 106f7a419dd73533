// The charges a plan lays out at signing (and the next period's charge for MONTHLY and SESSIONS):
// razem B5/B10, matplaneta Live L1/L5/L6, centre S3–S6, licence A3/A5/A9. Pure: days in, drafts out.
import type { ChargeKind } from '@/lib/db/generated/enums';
import {
  addBusinessDays,
  addDays,
  addMonthsClamped,
  asDay,
  dayOf,
  maxDay,
  onBusinessDay,
  monthOf,
  warsawToday,
  yearOf,
  type Day,
} from './days';
import { planPolicy, STARTER_PACK, type InstalmentLayout, type PlanPolicy } from './plans';
import { splitEvenly } from './spread';
import { labelled, type ChargeLabelKey } from './charge-label';

export type ChargeDraft = {
  seq: number;
  kind: ChargeKind;
  /** The Polish label stored for invoices, and the key each reader's label is rendered from. */
  label: string;
  labelKey: ChargeLabelKey;
  amount: number;
  dueDate: Day;
  periodStart?: Day;
  periodEnd?: Day;
  refundable: boolean;
  /** When the pay-link e-mail goes out (Live: when the previous period's 3rd class ends). */
  notifyAt?: Date;
};

export type SessionTime = { startsAt: Date; endsAt: Date };

export type ScheduleInput = {
  planCode: string;
  /** Per month / per period / the whole (FULL, INSTALMENTS, PROFORMA), gross minor units. */
  amount: number;
  currency: string;
  signedDay: Day;
  /**
   * When the service starts, if not on signing (a course starting later). Instalment plans take
   * the school year from it (a centre group's first class): a June sign-up for next year's group
   * pays next year's instalments and the full starter pack.
   */
  startDay?: Day;
  /** Centre plans: false when the group sells no starter pack (S6); else the plan's own. */
  starterPack?: boolean;
  /** SESSIONS: the class group's scheduled (not cancelled) sessions. */
  sessions?: SessionTime[];
  periodSessions?: number;
  /** FULL: months covered (the course's access months); else the plan's own. */
  termMonths?: number;
};

/** A school year's first and last day for a day in it: July and August belong to the next one. */
export function schoolYearOfDay(day: Day): { start: Day; end: Day; startYear: number } {
  const startYear = monthOf(day) >= 7 ? yearOf(day) : yearOf(day) - 1;
  return { start: dayOf(startYear, 9, 1), end: dayOf(startYear + 1, 6, 30), startYear };
}

/** S6: 169 zł, or 100 zł when signing after 31 January of the school year (`yearDay`'s: the group's). */
export function starterPackAmount(signedDay: Day, yearDay: Day = signedDay): number {
  const { startYear } = schoolYearOfDay(yearDay);
  return signedDay > dayOf(startYear + 1, 1, 31) ? STARTER_PACK.lateAmount : STARTER_PACK.amount;
}

/** The last day of a month-long period starting on `start` (anchored: 31 Jan → 27/28 Feb). */
const monthEnd = (anchor: Day, k: number) => addDays(addMonthsClamped(anchor, k + 1), -1);

export function buildSchedule(input: ScheduleInput): ChargeDraft[] {
  const plan = planPolicy(input.planCode);
  switch (plan.kind) {
    case 'MONTHLY':
      return [monthlyCharge(1, input.signedDay, maxDay(input.signedDay, input.startDay ?? input.signedDay), 0, input)];
    case 'FULL': {
      const start = input.startDay ?? input.signedDay;
      const end = addDays(addMonthsClamped(start, input.termMonths ?? plan.termMonths ?? 12), -1);
      return [
        {
          seq: 1,
          kind: 'PERIOD',
          ...labelled({ key: 'full' }),
          amount: input.amount,
          dueDate: input.signedDay,
          ...period(start, end),
          refundable: true,
        },
      ];
    }
    case 'SESSIONS': {
      const n = input.periodSessions ?? plan.periodSessions ?? 4;
      const ahead = sortSessions(input.sessions ?? []).filter(
        (s) => warsawToday(s.startsAt) >= (input.startDay ?? input.signedDay),
      );
      const draft = sessionPeriod(1, ahead, n, input.amount, input.signedDay);
      return draft ? [draft] : [];
    }
    case 'PROFORMA': {
      // A licence bought ahead (the next exam year) covers that school year, not the signing one's.
      const year = schoolYearOfDay(input.startDay ?? input.signedDay);
      const start = maxDay(input.startDay ?? input.signedDay, year.start);
      return [
        {
          seq: 1,
          kind: 'INSTALMENT',
          ...labelled({ key: 'proforma', from: start, to: year.end }),
          amount: input.amount,
          dueDate: addDays(input.signedDay, plan.proformaDays ?? 14),
          ...period(start, year.end),
          refundable: true,
        },
      ];
    }
    case 'INSTALMENTS':
      return instalments(plan, input);
  }
}

function period(start: Day, end: Day) {
  return { periodStart: start, periodEnd: end };
}

function monthlyCharge(seq: number, dueDate: Day, anchor: Day, k: number, input: { amount: number }): ChargeDraft {
  const start = addMonthsClamped(anchor, k);
  const end = monthEnd(anchor, k);
  return {
    seq,
    kind: 'PERIOD',
    ...labelled({ key: 'month', from: start, to: end }),
    amount: input.amount,
    dueDate,
    ...period(start, end),
    refundable: true,
  };
}

const sortSessions = (s: SessionTime[]) => [...s].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());

/**
 * A period of `n` sessions from `ahead` (sorted): due on its first class's day (or `dueDay` for
 * the first period, paid at sign-up, L5). Fewer than `n` left (the group's last weeks) → the
 * price of the sessions there are, pro-rata, rounded once.
 */
function sessionPeriod(seq: number, ahead: SessionTime[], n: number, price: number, dueDay?: Day): ChargeDraft | null {
  const mine = ahead.slice(0, n);
  if (mine.length === 0) return null;
  const start = warsawToday(mine[0].startsAt);
  const end = warsawToday(mine[mine.length - 1].startsAt);
  const amount = mine.length === n ? price : Math.floor((price * mine.length + Math.floor(n / 2)) / n);
  return {
    seq,
    kind: 'PERIOD',
    ...labelled({ key: 'period', n: seq, from: start, to: end }),
    amount,
    dueDate: dueDay ?? start,
    ...period(start, end),
    refundable: false,
  };
}

/**
 * The due dates of a layout in the school year of the start (the group's first class) or of
 * signing: the first at signing (family) or within 5 business days of it and before the first
 * class when that is still ahead (S3–S5).
 */
function instalmentDates(layout: InstalmentLayout, signedDay: Day, startDay?: Day): Day[] {
  const { startYear } = schoolYearOfDay(startDay ?? signedDay);
  const first = layout === 'two-at-signing' ? signedDay : firstDue(signedDay, startDay);
  // "By 10 February", "by the 10th": on the next business day when that one is not (art. 115 k.c.).
  const feb10 = onBusinessDay(dayOf(startYear + 1, 2, 10));
  switch (layout) {
    case 'one':
      return [first];
    case 'half':
    case 'two-at-signing':
      return [first, feb10];
    case 'ten':
      // September's part within 5 business days, then by the 10th of October … June (S5).
      return [
        first,
        ...[10, 11, 12, 1, 2, 3, 4, 5, 6].map((m) => onBusinessDay(dayOf(m >= 9 ? startYear : startYear + 1, m, 10))),
      ];
  }
}

/** S3: within 5 business days of signing, and by the eve of the first class when that is sooner. */
function firstDue(signedDay: Day, startDay?: Day): Day {
  const within = addBusinessDays(signedDay, 5);
  if (!startDay || startDay <= signedDay) return within;
  const eve = addDays(startDay, -1);
  return eve < within ? maxDay(eve, signedDay) : within;
}

/**
 * Fixed instalments: equal parts (remainder on the last) on the layout's dates. A part whose date
 * is already past when the first is due (a late sign-up) is paid with the first, so the price of
 * the year stays whole. Centre plans add the starter pack on the first charge's date (S6).
 */
function instalments(plan: PlanPolicy, input: ScheduleInput): ChargeDraft[] {
  const yearDay = input.startDay ?? input.signedDay;
  const dates = instalmentDates(plan.instalments ?? 'one', input.signedDay, input.startDay);
  const parts = splitEvenly(input.amount, dates.length);
  const year = schoolYearOfDay(yearDay);
  // Service from the first class, or from signing for one who joins after it.
  const start = maxDay(maxDay(yearDay, input.signedDay), year.start);
  const merged: { dueDate: Day; amount: number }[] = [];
  dates.forEach((d, i) => {
    if (merged.length > 0 && d <= merged[0].dueDate) merged[0].amount += parts[i];
    else merged.push({ dueDate: d, amount: parts[i] });
  });
  const drafts: ChargeDraft[] = merged.map((m, i) => ({
    seq: 0,
    kind: 'INSTALMENT',
    ...labelled({ key: 'instalment', n: i + 1, of: merged.length }),
    amount: m.amount,
    dueDate: m.dueDate,
    ...period(start, year.end),
    refundable: true,
  }));
  if (input.starterPack ?? plan.starterPack) {
    drafts.splice(1, 0, {
      seq: 0,
      kind: 'FEE',
      ...labelled({ key: 'starterPack' }),
      amount: starterPackAmount(input.signedDay, yearDay),
      dueDate: drafts[0].dueDate,
      refundable: false,
    });
  }
  return drafts.map((d, i) => ({ ...d, seq: i + 1 }));
}

/** What nextPeriodCharge needs of the contract. */
export type NextPeriodContract = {
  planKind: string;
  planCode: string;
  amount: number;
  anchorDate: Date | Day | null;
  periodSessions: number | null;
};
export type LastCharge = { seq: number; periodStart: Date | Day | null; periodEnd: Date | Day | null };

/**
 * The charge after `last` for MONTHLY (the next month from the anchor, due on its first day,
 * paid in advance: razem §3.2) and SESSIONS (the next `n` scheduled sessions, due on the first
 * one's day, its link e-mailed when the 3rd class of `last`'s period ends: L6). null when the
 * plan has no periods or no sessions are left.
 */
export function nextPeriodCharge(
  contract: NextPeriodContract,
  last: LastCharge,
  sessions?: SessionTime[],
): ChargeDraft | null {
  if (!last.periodEnd) return null;
  const lastEnd = asDay(last.periodEnd);
  if (contract.planKind === 'MONTHLY') {
    const anchor = asDay(contract.anchorDate ?? addDays(lastEnd, 1));
    let k = 0;
    while (addMonthsClamped(anchor, k) <= lastEnd) k += 1;
    const start = addMonthsClamped(anchor, k);
    return monthlyCharge(last.seq + 1, start, anchor, k, contract);
  }
  if (contract.planKind === 'SESSIONS') {
    const n = contract.periodSessions ?? planPolicy(contract.planCode).periodSessions ?? 4;
    const sorted = sortSessions(sessions ?? []);
    const ahead = sorted.filter((s) => warsawToday(s.startsAt) > lastEnd);
    const draft = sessionPeriod(last.seq + 1, ahead, n, contract.amount);
    if (!draft) return null;
    const current = last.periodStart
      ? sorted.filter((s) => {
          const d = warsawToday(s.startsAt);
          return d >= asDay(last.periodStart!) && d <= lastEnd;
        })
      : [];
    const trigger = current[Math.min(n - 2, current.length - 1)];
    return trigger ? { ...draft, notifyAt: trigger.endsAt } : draft;
  }
  return null;
}
