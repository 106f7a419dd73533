import { describe, expect, it } from 'vitest';
import { chargesDue, totalsByCurrency } from '@/lib/families/dashboard/rules/payments';

const c = (id: string, contractId: string, dueDay: string, toPay = 100, currency = 'PLN') => ({
  id,
  contractId,
  dueDay,
  toPay,
  currency,
});

describe('chargesDue', () => {
  it.each([
    ['nothing open', [], []],
    ['only the next instalment of a schedule', [c('b', 'k', '2027-01-10'), c('a', 'k', '2026-12-10')], ['a:ahead']],
    ['a charge due today is not overdue yet', [c('a', 'k', '2026-12-02'), c('b', 'k', '2027-01-10')], ['a:ahead']],
    [
      'every overdue charge, then the next one',
      [c('c', 'k', '2027-01-10'), c('a', 'k', '2026-10-10'), c('b', 'k', '2026-11-10'), c('d', 'k', '2026-12-10')],
      ['a:overdue', 'b:overdue', 'd:ahead'],
    ],
    [
      'the next one of each contract',
      [c('a', 'k', '2026-12-10'), c('b', 'l', '2026-12-05'), c('c', 'l', '2027-01-05')],
      ['b:ahead', 'a:ahead'],
    ],
  ])('%s', (_, charges, expected) => {
    const out = chargesDue(charges, '2026-12-02').map((x) => `${x.id}:${x.overdue ? 'overdue' : 'ahead'}`);
    expect(out).toEqual(expected);
  });
});

describe('totalsByCurrency', () => {
  it.each([
    ['none', [], []],
    [
      'sums per currency in first-seen order',
      [c('a', 'k', 'x', 100), c('b', 'k', 'x', 50, 'EUR'), c('c', 'k', 'x', 25)],
      [
        { currency: 'PLN', amount: 125 },
        { currency: 'EUR', amount: 50 },
      ],
    ],
  ])('%s', (_, charges, expected) => {
    expect(totalsByCurrency(charges)).toEqual(expected);
  });
});
