import { describe, expect, it } from 'vitest';
import { can } from '@/lib/auth/permissions';

describe('a child account', () => {
  it('studies its own courses and manages its own account, but neither buys nor manages a family', () => {
    expect(can(['CHILD'], 'learning:study-own')).toBe(true);
    expect(can(['CHILD'], 'account:manage-own')).toBe(true);
    expect(can(['CHILD'], 'orders:buy')).toBe(false);
    expect(can(['CHILD'], 'families:manage-own')).toBe(false);
    expect(can(['CHILD'], 'panel:families')).toBe(false);
    expect(can(['PARENT'], 'orders:buy')).toBe(true);
  });
});
