import { describe, expect, it } from 'vitest';
import { contractGrantsAccess } from '@/lib/billing/access';

describe('contractGrantsAccess', () => {
  it.each([
    ['ACTIVE', null, null, '2026-12-01', true],
    ['PENDING', null, null, '2026-12-01', false],
    ['SUSPENDED', '2026-11-30', null, '2026-11-15', false],
    ['VOID', null, 'void-deadline', '2026-12-01', false],
    // B7: ended by the payer's notice, access to the end of the paid month.
    ['ENDED', '2026-11-30', 'payer-notice', '2026-11-30', true],
    ['ENDED', '2026-11-30', 'payer-notice', '2026-12-01', false],
    ['ENDED', '2026-11-30', 'unpaid', '2026-11-20', false],
    ['ENDED', '2026-11-30', 'withdrawal', '2026-11-20', false],
  ])('%s through %s (%s) on %s → %s', (status, paidThrough, endReason, today, want) => {
    expect(contractGrantsAccess({ status, paidThrough, endReason }, today)).toBe(want);
  });

  it('takes @db.Date values as they come from the database', () => {
    const c = { status: 'ENDED', paidThrough: new Date('2026-11-30T00:00:00Z'), endReason: 'payer-notice' };
    expect(contractGrantsAccess(c, '2026-11-30')).toBe(true);
  });
});
