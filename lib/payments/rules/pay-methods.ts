// Which payment methods a buyer may choose for an amount in a currency. PayU takes cards in every
// currency we sell in, but BLIK and Polish pay-by-link transfers only in PLN (developers.payu.com,
// "Payment methods – implementation details" and "Integration references": bank transfers only in
// CZK, EUR and PLN, and the EUR ones are not Polish banks). Offering BLIK to a parent paying in EUR
// only ends in PayU's refusal, so the choice is narrowed here, then to what our POS has enabled.

export const PAY_METHODS = ['blik', 'transfer', 'card'] as const;
export type PayMethod = (typeof PAY_METHODS)[number];

/** The `value` of PayU's card PBL: its hosted card form (`payMethods.payMethod = {type:'PBL', value:'c'}`). */
export const CARD_PBL = 'c';
export const BLIK_PBL = 'blik';

/** Currencies in which PayU accepts each method for our offers. */
const CURRENCIES: Record<PayMethod, readonly string[]> = {
  blik: ['PLN'],
  transfer: ['PLN'],
  card: ['PLN', 'EUR', 'GBP', 'USD'],
};

/**
 * PBL values that are not a bank transfer: card, BLIK, wallets (Apple Pay `jp`, Google Pay `ap`,
 * Masterpass `ma`, Visa Checkout `vc`), deferred payments and instalments (`dp*`, `ai`), and the
 * traditional (non-instant) transfer `pt`/`bt`. Anything else enabled is a bank's pay-by-link.
 */
const NOT_A_BANK = new Set([
  CARD_PBL,
  BLIK_PBL,
  'jp',
  'ap',
  'ma',
  'vc',
  'dp',
  'dpt',
  'dpp',
  'dpkl',
  'dpcz',
  'ai',
  'pt',
  'bt',
]);

/** One entry of the POS's `payByLinks` as PayU lists them; amounts in minor units. */
export type PosPayMethod = { value: string; status: string; minAmount?: number; maxAmount?: number };

export type PayMethodQuery = {
  currency: string;
  amountMinor: number;
  /** What the POS offers now; null when PayU could not be asked (then only the currency rule applies). */
  offered: readonly PosPayMethod[] | null;
};

export type PayMethodCheck = { ok: true } | { ok: false; reason: 'currency' | 'unavailable' };

const within = (m: PosPayMethod, amount: number) =>
  m.status === 'ENABLED' &&
  (m.minAmount === undefined || amount >= m.minAmount) &&
  (m.maxAmount === undefined || amount <= m.maxAmount);

function offeredByPos(method: PayMethod, offered: readonly PosPayMethod[], amount: number): boolean {
  const usable = offered.filter((m) => within(m, amount));
  if (method === 'card') return usable.some((m) => m.value === CARD_PBL);
  if (method === 'blik') return usable.some((m) => m.value === BLIK_PBL);
  return usable.some((m) => !NOT_A_BANK.has(m.value));
}

export function checkPayMethod(method: PayMethod, q: PayMethodQuery): PayMethodCheck {
  if (!CURRENCIES[method].includes(q.currency)) return { ok: false, reason: 'currency' };
  if (q.offered && !offeredByPos(method, q.offered, q.amountMinor)) return { ok: false, reason: 'unavailable' };
  return { ok: true };
}

/** The methods to offer, in the order shown (BLIK first where it exists: most Polish buyers use it). */
export function allowedPayMethods(q: PayMethodQuery): PayMethod[] {
  return PAY_METHODS.filter((m) => checkPayMethod(m, q).ok);
}

/** What goes into PayU's `payMethods.payMethod.value`; a transfer opens PayU's page to pick the bank. */
export function payuMethodValue(method: PayMethod): string | undefined {
  if (method === 'blik') return BLIK_PBL;
  if (method === 'card') return CARD_PBL;
  return undefined;
}
