// A customer's stored cards as PayU lists them (`cardTokens` of GET /api/v2_1/paymethods under a
// trusted_merchant token), read defensively, and the one card a contract keeps: the multi-use
// TOKC_ token to charge later and what the payer sees of it. A single-use TOK_ is never kept.
import type { PayuCardTokenStatus } from './types';

export type PayuCardToken = {
  /** The multi-use token, e.g. "TOKC_KPNZVSLJUNR4DHF5NPVKDPJGMX7". */
  value: string;
  /** "411111******1111". */
  cardNumberMasked: string;
  cardExpirationMonth: number;
  cardExpirationYear: number;
  cardBrand: string;
  brandImageUrl: string;
  preferred: boolean;
  status: PayuCardTokenStatus;
};

export type StoredCard = {
  token: string;
  /** What the payer sees of the card: "4444 33** **** 1111 (12/29)". */
  label: string;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isMultiUseToken = (v: unknown): v is string => typeof v === 'string' && /^TOKC_[A-Z0-9_]+$/i.test(v);

/** PayU's reference gives the expiry as integers; a digit string is read too. */
function int(v: unknown): number | null {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return null;
}

const STATUSES: readonly string[] = ['NEW', 'ACTIVE', 'EXPIRED'];

/** `cardTokens` of a paymethods answer; an entry without a multi-use token or an expiry is skipped. */
export function parseCardTokens(raw: unknown): PayuCardToken[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).flatMap((t) => {
    const month = int(t.cardExpirationMonth);
    const year = int(t.cardExpirationYear);
    if (!isMultiUseToken(t.value) || month === null || year === null) return [];
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    return [
      {
        value: t.value,
        cardNumberMasked: str(t.cardNumberMasked),
        cardExpirationMonth: month,
        cardExpirationYear: year,
        cardBrand: str(t.cardBrand),
        brandImageUrl: str(t.brandImageUrl),
        preferred: t.preferred === true,
        // An unknown status is not ACTIVE: such a card is never charged.
        status: (typeof t.status === 'string' && STATUSES.includes(t.status) ? t.status : 'NEW') as PayuCardTokenStatus,
      },
    ];
  });
}

export function cardLabel(t: Pick<PayuCardToken, 'cardNumberMasked' | 'cardExpirationMonth' | 'cardExpirationYear'>) {
  const grouped = t.cardNumberMasked.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
  const month = String(t.cardExpirationMonth).padStart(2, '0');
  const year = String(t.cardExpirationYear).slice(-2);
  return `${grouped} (${month}/${year})`;
}

/**
 * The card to keep among the customer's ACTIVE ones: the one PayU marks preferred, else the newest.
 * PayU's answer carries no saving date and documents no order, so "newest" is the last entry (the
 * simulator appends each card it saves, and marks it preferred). null: no ACTIVE card.
 */
export function pickStoredCard(tokens: PayuCardToken[]): StoredCard | null {
  const active = tokens.filter((t) => t.status === 'ACTIVE');
  const card = active.find((t) => t.preferred) ?? active.at(-1);
  return card ? { token: card.value, label: cardLabel(card) } : null;
}
