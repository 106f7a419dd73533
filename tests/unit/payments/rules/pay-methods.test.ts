// Which methods a buyer is offered per currency, narrowed by what the POS has enabled and its limits.
import { describe, expect, it } from 'vitest';
import {
  allowedPayMethods,
  checkPayMethod,
  payuMethodValue,
  type PosPayMethod,
} from '@/lib/payments/rules/pay-methods';

const POS: PosPayMethod[] = [
  { value: 'c', status: 'ENABLED', minAmount: 50, maxAmount: 99999999 },
  { value: 'blik', status: 'ENABLED', minAmount: 100, maxAmount: 5000000 },
  { value: 'm', status: 'ENABLED', minAmount: 100, maxAmount: 99999999 },
  { value: 'p', status: 'DISABLED', minAmount: 100, maxAmount: 99999999 },
];

describe('allowedPayMethods', () => {
  it.each([
    ['PLN', 15900, null, ['blik', 'transfer', 'card']],
    ['EUR', 69900, null, ['card']],
    ['GBP', 59900, null, ['card']],
    ['USD', 74900, null, ['card']],
    ['CHF', 74900, null, []],
    ['PLN', 15900, POS, ['blik', 'transfer', 'card']],
    ['EUR', 69900, POS, ['card']],
    // BLIK's limit is 50 000 zł at this POS; a card still pays.
    ['PLN', 6000000, POS, ['transfer', 'card']],
    // Below every minimum but the card's.
    ['PLN', 60, POS, ['card']],
    // Only a disabled bank and BLIK: no transfer.
    ['PLN', 15900, POS.filter((m) => m.value !== 'm'), ['blik', 'card']],
    // A POS without the card PBL offers no card even in EUR.
    ['EUR', 69900, POS.filter((m) => m.value !== 'c'), []],
    // Wallets and the traditional transfer are not a bank's pay-by-link.
    [
      'PLN',
      15900,
      [
        { value: 'jp', status: 'ENABLED' },
        { value: 'pt', status: 'ENABLED' },
      ],
      [],
    ],
    ['PLN', 15900, [{ value: 'ing', status: 'TEMPORARY_DISABLED' }], []],
  ] as const)('%s %i with POS %j → %j', (currency, amountMinor, offered, expected) => {
    expect(allowedPayMethods({ currency, amountMinor, offered })).toEqual(expected);
  });
});

describe('checkPayMethod', () => {
  it.each([
    ['blik', 'EUR', POS, { ok: false, reason: 'currency' }],
    ['transfer', 'GBP', null, { ok: false, reason: 'currency' }],
    ['card', 'USD', null, { ok: true }],
    ['blik', 'PLN', [], { ok: false, reason: 'unavailable' }],
    ['card', 'EUR', POS, { ok: true }],
  ] as const)('%s in %s (POS %j) → %j', (method, currency, offered, expected) => {
    expect(checkPayMethod(method, { currency, amountMinor: 10000, offered })).toEqual(expected);
  });
});

describe('payuMethodValue', () => {
  it.each([
    ['blik', 'blik'],
    ['card', 'c'],
    ['transfer', undefined],
  ] as const)('%s → %s', (method, value) => {
    expect(payuMethodValue(method)).toBe(value);
  });
});
