// Add-ons are priced in PLN and sold abroad "at the rate on the day of purchase" (§5.5, §5.6,
// §5.8). The rate is an integer so no float ever touches money.
import { divRoundHalfUp, type Currency } from '@/lib/format/money';
import { RATE_SCALE as SCALE } from '@/lib/format/rate';

export type ForeignCurrency = Exclude<Currency, 'PLN'>;

/** PLN for one unit of `currency`, times 10 000: 4.2735 PLN per EUR → 42735. */
export type ExchangeRate = { currency: ForeignCurrency; plnPerUnitTimes10000: number };

export function isValidRate(rate: ExchangeRate): boolean {
  return Number.isInteger(rate.plnPerUnitTimes10000) && rate.plnPerUnitTimes10000 > 0;
}

/**
 * Converts several PLN amounts (minor units, ≥ 0) at once. The sum is rounded once, half up,
 * from the exact sum; each amount gets its exact value rounded down, and the leftover minor
 * units go to the largest remainders, so the lines always add up to that single rounding.
 */
export function convertFromPln(plnMinor: readonly number[], rate: ExchangeRate): number[] {
  if (!isValidRate(rate)) throw new Error('An exchange rate must be a positive integer');
  const r = rate.plnPerUnitTimes10000;
  for (const a of plnMinor) {
    if (!Number.isInteger(a) || a < 0) throw new Error(`An amount in grosze must be a non-negative integer: ${a}`);
  }
  const scaled = plnMinor.map((a) => a * SCALE);
  const total = divRoundHalfUp(
    scaled.reduce((s, a) => s + a, 0),
    r,
  );
  const out = scaled.map((a) => Math.floor(a / r));
  let leftover = total - out.reduce((s, a) => s + a, 0);
  const byRemainder = scaled
    .map((a, i) => ({ i, rem: a % r }))
    .filter((x) => x.rem > 0)
    .sort((x, y) => y.rem - x.rem || x.i - y.i);
  for (const { i } of byRemainder) {
    if (leftover === 0) break;
    out[i] += 1;
    leftover -= 1;
  }
  return out;
}
