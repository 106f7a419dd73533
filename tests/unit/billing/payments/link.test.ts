// The signed pay link of a charge: only a token we signed names a charge.
import { describe, expect, it } from 'vitest';
import { chargeIdFromToken, chargeLinkToken, chargePayPath } from '@/lib/billing/payments/link';

describe('charge pay links', () => {
  const token = chargeLinkToken('cmcharge123');

  it('round-trips the charge id', () => {
    expect(chargeIdFromToken(token)).toBe('cmcharge123');
    expect(chargePayPath('cmcharge123')).toBe(`/platnosc/umowa/${token}`);
  });

  it.each([
    ['another charge with this signature', `cmcharge124.${token.split('.')[1]}`],
    ['a changed signature', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`],
    ['no signature', 'cmcharge123'],
    ['an extra part', `${token}.x`],
    ['an empty token', ''],
  ])('refuses %s', (_name, bad) => expect(chargeIdFromToken(bad)).toBeNull());
});
