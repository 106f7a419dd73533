// Money is integer minor units (grosze, pence, cents) with an ISO currency code.
import { intlTag } from './intl-tag';
export type Currency = 'PLN' | 'GBP' | 'EUR' | 'USD';
export const CURRENCIES: readonly Currency[] = ['PLN', 'GBP', 'EUR', 'USD'];

const formatters = new Map<string, Intl.NumberFormat>();

/** 199900, 'PLN' → "1999,00 zł" (pl-PL, non-breaking spaces as Intl writes them); "PLN 1,999.00" in English. */
export function formatMoney(minor: number, currency: string = 'PLN', locale?: string): string {
  if (!Number.isInteger(minor)) throw new Error(`An amount must be an integer number of grosze: ${minor}`);
  const key = `${intlTag(locale)}:${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency, minimumFractionDigits: 2 });
    formatters.set(key, f);
  }
  return f.format(minor / 100);
}

/** Integer division rounding half up (away from zero for positives), for minor units. */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new Error('The divisor must be positive');
  const sign = numerator < 0 ? -1 : 1;
  const n = Math.abs(numerator);
  return sign * Math.floor((2 * n + denominator) / (2 * denominator));
}

/** What staff type as an amount in złoty ("99", "99,9", "1 299,00 zł", "12.5") → grosze; null when it is not one. */
export function parseZloty(text: string): number | null {
  const s = text.replace(/[\s\u00a0]/g, '').replace(/zł$/i, '');
  const m = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(s);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
}
