import { describe, expect, it } from 'vitest';
import { fromWarsaw } from '@/lib/format/time';
import { withdrawalDecision, type WithdrawalItem } from '@/lib/orders/rules/withdrawal';

const concludedAt = fromWarsaw(2027, 3, 3, 15); // ordered: the term runs to 17 March inclusive
const paidAt = fromWarsaw(2027, 3, 3, 15, 5);
const within = fromWarsaw(2027, 3, 10, 12);
const lastMoment = fromWarsaw(2027, 3, 17, 23, 59, 59);
const after = fromWarsaw(2027, 3, 18);
const until = fromWarsaw(2027, 3, 18);

const course = (over: Partial<WithdrawalItem> = {}): WithdrawalItem => ({
  kind: 'course',
  buyerType: 'PERSON',
  consent: false,
  accessStarted: true,
  concludedAt,
  paidAt,
  paidGross: 19900,
  ...over,
});

describe('withdrawalDecision: which order items a buyer may withdraw from, for how much', () => {
  it.each<[string, WithdrawalItem, Date, ReturnType<typeof withdrawalDecision>]>([
    [
      'a course without the consent, within 14 days: full refund',
      course(),
      within,
      { allowed: true, refund: 19900, until, basis: 'full' },
    ],
    [
      'a course without the consent, partly studied: still a full refund (art. 38 pt 13 does not apply)',
      course({ accessStarted: true }),
      within,
      { allowed: true, refund: 19900, until, basis: 'full' },
    ],
    [
      'a course without the consent, on the last second of the 14th day',
      course(),
      lastMoment,
      { allowed: true, refund: 19900, until, basis: 'full' },
    ],
    [
      'a course without the consent, after 14 days: expired',
      course(),
      after,
      { allowed: false, reason: 'expired', until },
    ],
    [
      'a course with the consent, access started: no withdrawal (art. 38 pt 13)',
      course({ consent: true }),
      within,
      { allowed: false, reason: 'consentGiven', until },
    ],
    [
      'a course with the consent, access not yet started: full refund',
      course({ consent: true, accessStarted: false }),
      within,
      { allowed: true, refund: 19900, until, basis: 'full' },
    ],
    [
      'a group package bought by a company: B2B, no consumer withdrawal',
      course({ kind: 'group', buyerType: 'COMPANY', paidGross: 507500 }),
      within,
      { allowed: false, reason: 'business', until },
    ],
    [
      'a group package bought by a consumer without the consent: full refund',
      course({ kind: 'group', paidGross: 507500 }),
      within,
      { allowed: true, refund: 507500, until, basis: 'full' },
    ],
    [
      'a course bought by a company: no consumer withdrawal',
      course({ buyerType: 'COMPANY' }),
      within,
      { allowed: false, reason: 'business', until },
    ],
    [
      'a service with the early start, 3 of 8 delivered: pro rata',
      course({ kind: 'service', consent: true, paidGross: 80000, delivered: { done: 3, total: 8 } }),
      within,
      { allowed: true, refund: 50000, until, basis: 'proRata' },
    ],
    [
      'a service with the early start, nothing delivered: full refund',
      course({ kind: 'service', consent: true, paidGross: 80000, delivered: { done: 0, total: 8 } }),
      within,
      { allowed: true, refund: 80000, until, basis: 'full' },
    ],
    [
      'a service with the early start, fully delivered: no withdrawal (art. 38 pt 1)',
      course({ kind: 'service', consent: true, paidGross: 80000, delivered: { done: 8, total: 8 } }),
      within,
      { allowed: false, reason: 'fullyPerformed', until },
    ],
    [
      'a service without the early-start request: full refund',
      course({ kind: 'service', paidGross: 80000, delivered: { done: 3, total: 8 } }),
      within,
      { allowed: true, refund: 80000, until, basis: 'full' },
    ],
    [
      'a service after 14 days: expired',
      course({ kind: 'service', paidGross: 80000 }),
      after,
      { allowed: false, reason: 'expired', until },
    ],
    [
      'a family package: its own procedure (/rodzina/rezygnacja)',
      course({ kind: 'family', paidGross: 69900 }),
      within,
      { allowed: false, reason: 'ownProcedure', until },
    ],
    [
      'paid days after ordering: the 14 days still run from the order (the conclusion), not the payment',
      course({ paidAt: fromWarsaw(2027, 3, 10, 9) }),
      after,
      { allowed: false, reason: 'expired', until },
    ],
    [
      'paid days after ordering, within 14 days of the order: full refund',
      course({ paidAt: fromWarsaw(2027, 3, 10, 9) }),
      lastMoment,
      { allowed: true, refund: 19900, until, basis: 'full' },
    ],
    [
      'a family package paid later: its own §8.1 reckoning from the payment',
      course({ kind: 'family', paidGross: 69900, paidAt: fromWarsaw(2027, 3, 10, 9) }),
      within,
      { allowed: false, reason: 'ownProcedure', until: fromWarsaw(2027, 3, 25) },
    ],
    [
      'an unpaid order: nothing to withdraw from',
      course({ paidAt: null }),
      within,
      { allowed: false, reason: 'notPaid', until: null },
    ],
  ])('%s', (_, item, now, expected) => {
    expect(withdrawalDecision(item, now)).toEqual(expected);
  });

  it('rounds a pro-rata refund to the grosz, never refunding more than was paid', () => {
    const d = withdrawalDecision(
      course({ kind: 'service', consent: true, paidGross: 10000, delivered: { done: 1, total: 3 } }),
      within,
    );
    expect(d).toMatchObject({ allowed: true, refund: 6667 });
  });
});
