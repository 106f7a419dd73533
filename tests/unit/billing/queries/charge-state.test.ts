// A charge's state as payer and staff see it today, and a contract's state in plain words.
import { describe, expect, it } from 'vitest';
import { chargeState, daysBetween, warsawDay } from '@/lib/billing/queries/charge-state';
import { explainContract, type Explained } from '@/lib/billing/queries/explain';
import { contractSlug, numberFromSlug } from '@/lib/billing/queries/paths';

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe('chargeState', () => {
  const today = day('2026-12-10');
  it.each([
    ['OPEN', '2026-12-11', { kind: 'due', today: false }],
    ['OPEN', '2026-12-10', { kind: 'due', today: true }],
    ['OPEN', '2026-12-09', { kind: 'overdue', days: 1 }],
    ['OPEN', '2026-11-10', { kind: 'overdue', days: 30 }],
    ['CANCELLED', '2026-11-10', { kind: 'cancelled' }],
  ] as const)('%s due %s → %j', (status, due, want) => {
    expect(chargeState({ status, dueDate: day(due), paidAt: null }, today)).toEqual(want);
  });

  it('a paid charge is paid whatever its due date', () => {
    const paidAt = new Date('2026-11-01T10:00:00Z');
    expect(chargeState({ status: 'PAID', dueDate: day('2026-10-01'), paidAt }, today)).toEqual({
      kind: 'paid',
      paidAt,
    });
  });

  it('today is the Warsaw calendar day: 23:30 UTC on 9 December is already the 10th in Warsaw', () => {
    expect(warsawDay(new Date('2026-12-09T23:30:00Z'))).toEqual(day('2026-12-10'));
    expect(daysBetween(day('2026-10-25'), day('2026-10-26'))).toBe(1); // across the DST change
  });
});

describe('explainContract', () => {
  const base: Explained = {
    status: 'ACTIVE',
    payMethod: 'LINK',
    signedAt: new Date('2026-11-01T10:00:00Z'),
    suspendedAt: null,
    paidThrough: day('2026-11-30'),
    endsOn: null,
    endedAt: null,
    endReason: null,
    terminateOffset: 14,
    oldestOpenDue: null,
  };
  const today = day('2026-12-03');

  it('a suspended contract says since when and how to get access back, and when it ends unpaid', () => {
    const e = explainContract(
      { ...base, status: 'SUSPENDED', suspendedAt: new Date('2026-12-02T05:00:00Z'), oldestOpenDue: day('2026-12-01') },
      today,
    );
    expect(e.tone).toBe('error');
    expect(e.lines).toEqual([
      'Dostęp zawieszony od 2 grudnia 2026 — zapłać, aby go przywrócić.',
      'Bez wpłaty umowa wygaśnie 15 grudnia 2026.',
    ]);
  });

  it('speaks the payer’s language, dates included', () => {
    const suspended = { ...base, status: 'SUSPENDED' as const, suspendedAt: new Date('2026-12-02T05:00:00Z') };
    expect(explainContract(suspended, today, 'en').lines[0]).toBe(
      'Access suspended since 2 December 2026 — pay to restore it.',
    );
    expect(explainContract(suspended, today, 'uk').lines[0]).toMatch(/^Доступ призупинено з 2 грудня 2026/);
  });

  it('an active contract says until when it is paid, or when it ends after a notice', () => {
    expect(explainContract(base, today).lines).toEqual([
      'Dostęp jest aktywny.',
      'Opłacone do 30 listopada 2026 włącznie.',
    ]);
    expect(explainContract({ ...base, endsOn: day('2026-12-31') }, today).lines[1]).toMatch(
      /kończy się 31 grudnia 2026/,
    );
  });

  it('a pending pro-forma names its deadline; a payer-notice ending keeps access to the paid day', () => {
    const pending = explainContract(
      { ...base, status: 'PENDING', payMethod: 'TRANSFER', oldestOpenDue: day('2026-12-15') },
      today,
    );
    expect(pending.lines[0]).toMatch(/do 15 grudnia 2026/);
    const ended = explainContract(
      {
        ...base,
        status: 'ENDED',
        endReason: 'payer-notice',
        paidThrough: day('2026-12-20'),
        endedAt: new Date('2026-12-02T08:00:00Z'),
      },
      today,
    );
    expect(ended.lines[0]).toMatch(/dostęp do 20 grudnia 2026/);
  });
});

describe('contract addresses', () => {
  it('carry the number with dashes and read it back', () => {
    expect(contractSlug('UM/2026/7KQ3XZ')).toBe('UM-2026-7KQ3XZ');
    expect(numberFromSlug('UM-2026-7KQ3XZ')).toBe('UM/2026/7KQ3XZ');
  });
});
