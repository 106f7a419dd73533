// Plural forms per language and counts as their readers write them.
import { perLocale } from './intl-tag';

// Polish has three plural forms: 1 konto, 2–4 konta (not 12–14), 5+ kont.
export function pluralPl(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  const lastTwo = Math.abs(n) % 100;
  const last = lastTwo % 10;
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
}

// English has two plural forms: 1 account, 0 / 2+ accounts.
export function pluralEn(n: number, one: string, other: string): string {
  return n === 1 ? one : other;
}

const numberFmt = perLocale((tag) => new Intl.NumberFormat(tag));

/** 10000 → "10 000" the way Polish readers expect (4-digit numbers stay ungrouped); "10,000" in English. */
export const formatCount = (n: number, locale?: string) => numberFmt(locale).format(n);

// Ukrainian has three forms like Polish, but by the last digit alone: 1, 21, 101 рахунок (not 11);
// 2–4, 22–24 рахунки (not 12–14); 0, 5–20, 25–30 рахунків.
export function pluralUk(n: number, one: string, few: string, many: string): string {
  const lastTwo = Math.abs(n) % 100;
  const last = lastTwo % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  return last >= 2 && last <= 4 ? few : many;
}
