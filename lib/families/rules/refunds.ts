// Resignation (regulamin §7) and its partial refund.
// Withdrawal within 14 days (§8) is a different right with a full refund: see withdrawal.ts.
import { messages } from '@/lib/i18n';
import { divRoundHalfUp } from '@/lib/format/money';
import { fromWarsaw, warsawParts } from '@/lib/format/time';
import { schoolYearOf, type SchoolYear } from '@/lib/families/rules/school-year';

/** §7.5: the package fee is spread over the 10 months of the school year, Sep–Jun. */
const MONTHS_PAID_FOR = 10;

/**
 * §7.1: a resignation takes effect with the last day of the month it was filed in; this is the
 * first instant without access, 1st of the next month 00:00 in Warsaw. An e-mail counts when
 * sent, a letter when received (§7.2) — `filedAt` is that moment.
 */
export function resignationEffectiveAt(filedAt: Date): Date {
  const { year, month } = warsawParts(filedAt);
  return month === 12 ? fromWarsaw(year + 1, 1, 1) : fromWarsaw(year, month + 1, 1);
}

/** Months of `schoolYear` (Sep…Jun) that start on or after `effectiveAt` — none were used. */
export function unusedMonths(schoolYear: SchoolYear, effectiveAt: Date): number {
  const { year, month } = warsawParts(effectiveAt);
  const effective = year * 12 + (month - 1);
  const september = schoolYear.startYear * 12 + 8;
  let count = 0;
  for (let k = 0; k < MONTHS_PAID_FOR; k++) if (september + k >= effective) count++;
  return count;
}

export type ResignationInput = {
  paidMinor: number;
  filedAt: Date;
  /**
   * The year the package was bought for. Defaults to the access year at `filedAt`, so a
   * resignation filed in July/August ends the free summer of a year whose ten months are
   * used up and refunds nothing. Pass the upcoming year for a package bought in advance:
   * then every month is unused and the whole fee comes back.
   */
  schoolYear?: SchoolYear;
  /** §7.6: no refund for instalment payments. */
  instalments?: boolean;
  /** §7.5: the bank/PayPal cost of sending the refund, deducted after the calculation. */
  transferCostMinor?: number;
};

export type ResignationRefund = {
  code: 'REFUND' | 'NOTHING_LEFT' | 'INSTALMENTS';
  effectiveAt: Date;
  unusedMonths: number;
  refundMinor: number;
  message: string;
};

/** `locale` sets the message's language (Polish by default). */
export function resignationRefund(input: ResignationInput, locale?: string): ResignationRefund {
  const t = messages(locale).families.resignationRefund;
  if (!Number.isInteger(input.paidMinor) || input.paidMinor < 0)
    throw new Error(`Invalid amount paid: ${input.paidMinor}`);
  const effectiveAt = resignationEffectiveAt(input.filedAt);
  const months = unusedMonths(input.schoolYear ?? schoolYearOf(input.filedAt), effectiveAt);
  if (input.instalments) {
    return {
      code: 'INSTALMENTS',
      effectiveAt,
      unusedMonths: months,
      refundMinor: 0,
      message: t.instalments,
    };
  }
  // paid / 10 × months, rounded once: 299900 × 8 / 10 = 239920 (2399,20 zł, the §7.5 example).
  const beforeCosts = divRoundHalfUp(input.paidMinor * months, MONTHS_PAID_FOR);
  const refundMinor = Math.max(0, beforeCosts - (input.transferCostMinor ?? 0));
  if (refundMinor === 0) {
    return {
      code: 'NOTHING_LEFT',
      effectiveAt,
      unusedMonths: months,
      refundMinor,
      message: t.nothingLeft,
    };
  }
  return {
    code: 'REFUND',
    effectiveAt,
    unusedMonths: months,
    refundMinor,
    message: t.refund(months, MONTHS_PAID_FOR),
  };
}
