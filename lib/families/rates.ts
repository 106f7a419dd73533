// The staff-maintained exchange-rates table (PLN per unit × 10 000). Add-ons abroad are priced
// at the rate of the purchase day: the newest rate effective on or before that Warsaw day
// (rates are published on working days, so a Sunday uses Friday's).
import { messages } from '@/lib/i18n';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { warsawDateKey } from '@/lib/format/time';
import type { ExchangeRate, ForeignCurrency } from '@/lib/families/rules/exchange-rate';

export const FOREIGN_CURRENCIES: readonly ForeignCurrency[] = ['GBP', 'EUR', 'USD'];

export async function rateForDay(
  currency: ForeignCurrency,
  day: Date,
): Promise<(ExchangeRate & { effectiveOn: Date }) | null> {
  const row = await db().exchangeRate.findFirst({
    where: { currency, effectiveOn: { lte: new Date(`${warsawDateKey(day)}T00:00:00Z`) } },
    orderBy: { effectiveOn: 'desc' },
    select: { plnPerUnitTimes10000: true, effectiveOn: true },
  });
  return row ? { currency, plnPerUnitTimes10000: row.plnPerUnitTimes10000, effectiveOn: row.effectiveOn } : null;
}

export async function saveRate(input: {
  currency: ForeignCurrency;
  effectiveOn: string;
  rate: number;
  source: string;
}): Promise<void> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.effectiveOn))
    throw new UserError('families.errors.dateFormat', { effectiveOn: 'families.errors.dateRequired' });
  const effectiveOn = new Date(`${input.effectiveOn}T00:00:00Z`);
  await db().exchangeRate.upsert({
    where: { currency_effectiveOn: { currency: input.currency, effectiveOn } },
    create: { currency: input.currency, effectiveOn, plnPerUnitTimes10000: input.rate, source: input.source },
    update: { plnPerUnitTimes10000: input.rate, source: input.source },
  });
}

export async function listRates(limit = 30) {
  return db().exchangeRate.findMany({ orderBy: [{ effectiveOn: 'desc' }, { currency: 'asc' }], take: limit });
}

/** Where a rate came from, as shown: a known code ('staff', 'demo') through the catalogue, else as stored. */
export function rateSourceLabel(source: string): string {
  return messages().families.rateSource[source] ?? source;
}
