// Exchange rates as staff type them and as the NBP table prints them: PLN per unit of the
// foreign currency with four decimals, kept as an integer times 10 000 so no float touches money.

/** Rates are stored as PLN per unit × RATE_SCALE. */
export const RATE_SCALE = 10_000;

/** "4,2735" for 42735 (PLN per unit, as the NBP table prints it). */
export function formatRate(plnPerUnitTimes10000: number): string {
  return (plnPerUnitTimes10000 / RATE_SCALE).toLocaleString('pl-PL', {
    minimumFractionDigits: 4,
    maximumFractionDigits: 4,
  });
}

/** "4,2735" → 42735. Up to four decimals, positive. */
export function parseRate(text: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,4}))?$/.exec(text.trim());
  if (!m) return null;
  const value = Number(m[1]) * RATE_SCALE + Number((m[2] ?? '').padEnd(4, '0'));
  return value > 0 ? value : null;
}
