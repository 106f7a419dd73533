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

const numberFmt = new Intl.NumberFormat('pl-PL');

/** 10000 → "10 000" the way Polish readers expect (4-digit numbers stay ungrouped). */
export const formatCount = (n: number) => numberFmt.format(n);

// Ukrainian has three plural forms: 1, 21, 31… урок; 2–4, 22–24… уроки (not 12–14); else уроків.
export function pluralUk(n: number, one: string, few: string, many: string): string {
  const lastTwo = Math.abs(n) % 100;
  const last = lastTwo % 10;
  if (last === 1 && lastTwo !== 11) return one;
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
}
