// Purchase options of a course: one person, or a group package of N accounts.
import { messages } from '@/lib/i18n';

export const GROUP_PACKAGE_SEATS = [30, 100, 250, 500, 1000] as const;

// Price per account in a package, as a share of the single price: bigger packages cost less per seat.
const SEAT_PRICE_SHARE: Record<number, number> = { 30: 0.85, 100: 0.75, 250: 0.65, 500: 0.55, 1000: 0.45 };

/** Gross price of a package, rounded to whole złoty. */
export function groupPackagePrice(singleGross: number, seats: number): number {
  const share = SEAT_PRICE_SHARE[seats];
  if (!share) throw new Error(`Nieznany pakiet: ${seats}`);
  return Math.round((singleGross * seats * share) / 100) * 100;
}

/** "For one person" / "Group package — 30 accounts", in the language (Polish on invoices and orders). */
export function offerLabel(seats: number, locale?: string): string {
  const t = messages(locale).offers;
  return seats === 1 ? t.single : t.package(seats);
}

export const isGroupOffer = (seats: number) => seats > 1;
