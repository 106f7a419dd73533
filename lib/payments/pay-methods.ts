// The methods a buyer is offered for an amount: PayU's rule per currency (rules/pay-methods) over
// what our POS offers now (GET /api/v2_1/paymethods). The list changes rarely (a bank's outage),
// so it is kept ten minutes per process; when PayU cannot be asked, the currency rule alone
// decides (PayU still refuses what it lacks) and PayU is asked again after a minute.
import { env } from '@/lib/config/env';
import { UserError } from '@/lib/errors';
import type { Currency } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { payu } from './gateway';
import { allowedPayMethods, checkPayMethod, type PayMethod, type PosPayMethod } from './rules/pay-methods';

const TTL_MS = 10 * 60_000;
const FAILED_TTL_MS = 60_000;

type Cached = { key: string; until: number; offered: Promise<PosPayMethod[] | null> };
const g = globalThis as unknown as { __planetaPayMethods?: Cached };

/** What the POS offers, or null when PayU could not say. */
export function posPayMethods(now = Date.now()): Promise<PosPayMethod[] | null> {
  const e = env();
  const key = `${e.PAYU_BASE_URL}|${e.PAYU_CLIENT_ID}`;
  const c = g.__planetaPayMethods;
  if (c && c.key === key && now < c.until) return c.offered;
  const entry: Cached = { key, until: now + TTL_MS, offered: Promise.resolve(null) };
  entry.offered = payu()
    .payMethods()
    .then((m) => m.payByLinks)
    .catch((err: unknown) => {
      console.error(
        '[payu] paymethods unavailable, offering by currency only',
        err instanceof Error ? err.message : err,
      );
      entry.until = now + FAILED_TTL_MS;
      return null;
    });
  g.__planetaPayMethods = entry;
  return entry.offered;
}

/** Forgets the cached list (tests that change the POS). */
export function forgetPayMethods(): void {
  g.__planetaPayMethods = undefined;
}

export async function payMethodsFor(currency: Currency | string, amountMinor: number): Promise<PayMethod[]> {
  return allowedPayMethods({ currency, amountMinor, offered: await posPayMethods() });
}

/** The methods as the pay forms show them: value, name and hint from the catalogue. */
export async function payMethodChoices(currency: Currency | string, amountMinor: number, locale?: string) {
  const t = messages(locale).checkout.payMethods;
  return (await payMethodsFor(currency, amountMinor)).map((value) => ({ value, ...t[value] }));
}

export type PayMethodChoice = Awaited<ReturnType<typeof payMethodChoices>>[number];

/** Refuses, beside the method field, a method PayU does not take for this currency or amount. */
export async function assertPayMethod(method: PayMethod, currency: string, amountMinor: number): Promise<void> {
  const check = checkPayMethod(method, { currency, amountMinor, offered: await posPayMethods() });
  if (check.ok) return;
  if (check.reason === 'currency')
    throw new UserError('checkout.errors.payMethodCurrency', { payMethod: 'checkout.errors.payMethodCurrencyField' });
  throw new UserError('checkout.errors.payMethodUnavailable', {
    payMethod: 'checkout.errors.payMethodUnavailableField',
  });
}
