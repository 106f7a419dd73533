import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLES } from '@/lib/auth/permissions';
import { safeNext } from '@/lib/auth/redirects';

describe('permission table', () => {
  it('keeps the back office for staff roles only: administrators everything, the legacy STAFF nothing', () => {
    for (const p of Object.keys(PERMISSIONS).filter((k) => k.startsWith('panel:')) as (keyof typeof PERMISSIONS)[]) {
      expect(can(['ADMINISTRATOR'], p)).toBe(true);
      expect(can(['STAFF'], p)).toBe(false);
      expect(can(['LEARNER', 'PARENT', 'COMPANY_ADMIN', 'CHILD'], p)).toBe(false);
    }
  });
  it('grants by any of several roles and refuses the anonymous', () => {
    expect(can(['LEARNER', 'PARENT'], 'families:manage-own')).toBe(true);
    expect(can(['LEARNER'], 'families:manage-own')).toBe(false);
    expect(can(null, 'account:manage-own')).toBe(false);
    expect(can([], 'account:manage-own')).toBe(false);
    for (const r of ROLES) expect(can([r], 'account:manage-own')).toBe(true);
  });
});

describe('post-login destination', () => {
  it('allows same-site paths only', () => {
    expect(safeNext('/kursy/excel')).toBe('/kursy/excel');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext(undefined, '/konto')).toBe('/konto');
  });
});
