import { describe, expect, it } from 'vitest';
import { dunningTimeline, nextStatus } from '@/lib/billing/rules/transitions';
import { planPolicy } from '@/lib/billing/rules/plans';

const timeline = (code: string) =>
  dunningTimeline(planPolicy(code)).map((s) => `${s.offset}:${s.step}${s.to ? `→${s.to}` : ''}`);

describe('contract transitions', () => {
  it.each([
    ['PENDING', 'pay', 'ACTIVE'],
    ['PENDING', 'suspend', null],
    ['PENDING', 'notice', 'VOID'],
    ['PENDING', 'void', 'VOID'],
    ['ACTIVE', 'suspend', 'SUSPENDED'],
    ['ACTIVE', 'notice', 'ACTIVE'],
    ['ACTIVE', 'void', null],
    ['SUSPENDED', 'pay', 'ACTIVE'],
    ['SUSPENDED', 'resume', 'ACTIVE'],
    ['SUSPENDED', 'suspend', null],
    ['ENDED', 'pay', 'ENDED'],
    ['ENDED', 'resume', null],
    ['VOID', 'pay', null],
  ] as const)('%s on %s → %s', (from, move, to) => {
    expect(nextStatus(from, move)).toBe(to);
  });
});

describe('each plan’s dunning timeline', () => {
  it('razem monthly: suspended the day after, terminated after two weeks (B8, B9)', () => {
    expect(timeline('razem-monthly')).toEqual([
      '-3:reminder:-3',
      '-1:reminder:-1',
      '0:reminder:0',
      '1:suspend→SUSPENDED',
      '3:reminder:3',
      '7:reminder:7',
      '12:reminder:12',
      '14:terminate→ENDED',
      '14:void→VOID',
    ]);
  });

  it('centre: demand at +7, notice at +14, terminated at +21 (S8, S12)', () => {
    expect(timeline('centre-ten')).toEqual([
      '-2:reminder:-2',
      '0:reminder:0',
      '7:demand',
      '14:notice',
      '21:terminate→ENDED',
      '21:void→VOID',
    ]);
  });

  it('Live: a reminder the day before, ended unpaid at the first class (L6)', () => {
    expect(timeline('live-4')).toEqual(['-1:reminder:-1', '0:terminate→ENDED', '7:void→VOID']);
  });

  it('licence: reminded 3 days before the deadline, void the day after (A9)', () => {
    expect(timeline('licence-proforma')).toEqual(['-3:reminder:-3', '1:void→VOID']);
  });

  it('razem full and family instalments', () => {
    expect(timeline('razem-full')).toEqual(['0:reminder:0', '14:void→VOID']);
    expect(timeline('family-instalments')).toEqual([
      '-3:reminder:-3',
      '0:reminder:0',
      '7:reminder:7',
      '14:suspend→SUSPENDED',
      '14:void→VOID',
      '30:terminate→ENDED',
    ]);
  });
});
