// The staff role matrix of lib/auth/permissions.ts, row by row: who may do each thing. A change to
// the table has to change this test, so a widened permission is always a visible decision.
import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLES, STAFF_ROLES, type Permission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/db/generated/enums';
import { panelLinks, panelNavigation } from '@/lib/staff/navigation';

const ALL: Role[] = [...ROLES];
const BUYERS: Role[] = ['LEARNER', 'PARENT', 'COMPANY_ADMIN', ...STAFF_ROLES];

const EXPECTED: Record<Permission, Role[]> = {
  'account:manage-own': ALL,
  'orders:buy': BUYERS,
  'orders:read-own': ALL,
  'learning:study-own': ALL,
  'groups:manage-own': ['COMPANY_ADMIN', 'ADMINISTRATOR', 'SUPPORT'],
  'families:manage-own': ['PARENT'],
  'panel:view': [...STAFF_ROLES],
  'panel:staff': ['ADMINISTRATOR'],
  'panel:mailbox': ['ADMINISTRATOR', 'SUPPORT'],
  'panel:users': ['ADMINISTRATOR', 'SUPPORT'],
  'users:manage': ['ADMINISTRATOR', 'SUPPORT'],
  'panel:orders': ['ADMINISTRATOR', 'ACCOUNTING', 'SUPPORT'],
  'orders:refund': ['ADMINISTRATOR', 'ACCOUNTING'],
  'panel:courses': ['ADMINISTRATOR', 'CONTENT'],
  'panel:agreements': ['ADMINISTRATOR', 'SUPPORT'],
  'panel:reports': ['ADMINISTRATOR', 'SUPPORT'],
  'panel:families': ['ADMINISTRATOR', 'ACCOUNTING', 'SUPPORT'],
  'families:class-change': ['ADMINISTRATOR', 'SUPPORT'],
  'families:refund': ['ADMINISTRATOR', 'ACCOUNTING'],
  'families:rates': ['ADMINISTRATOR', 'ACCOUNTING'],
  'panel:complaints': ['ADMINISTRATOR', 'SUPPORT'],
  'panel:groups': ['ADMINISTRATOR', 'SUPPORT'],
  'panel:audit': ['ADMINISTRATOR'],
  'panel:invoices': ['ADMINISTRATOR', 'ACCOUNTING'],
  'live:manage': ['ADMINISTRATOR'],
  'live:teach': ['TEACHER', 'ADMINISTRATOR'],
  'panel:contracts': ['ADMINISTRATOR', 'ACCOUNTING', 'SUPPORT'],
  'contracts:manage': ['ADMINISTRATOR', 'ACCOUNTING'],
  'discounts:manage': ['ADMINISTRATOR', 'ACCOUNTING'],
  'demo:clock': ['ADMINISTRATOR'],
  'panel:language': ['ADMINISTRATOR', 'SUPPORT', 'TEACHER', 'CONTENT'],
  'language:office': ['ADMINISTRATOR', 'SUPPORT'],
  'language:manage': ['ADMINISTRATOR', 'CONTENT'],
  'panel:centres': ['ADMINISTRATOR', 'SUPPORT', 'ACCOUNTING'],
  'centres:manage': ['ADMINISTRATOR'],
  'centres:desk': ['ADMINISTRATOR', 'SUPPORT', 'ACCOUNTING'],
  'panel:schools': ['ADMINISTRATOR', 'ACCOUNTING', 'SUPPORT'],
  'schools:manage': ['ADMINISTRATOR', 'ACCOUNTING'],
};

describe('the staff role matrix', () => {
  it('lists every permission of the table, and only those', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  it.each(Object.entries(EXPECTED) as [Permission, Role[]][])('%s is granted to exactly %j', (permission, roles) => {
    for (const role of ROLES) expect(can([role], permission), `${role} → ${permission}`).toBe(roles.includes(role));
  });

  it.each([
    ['SUPPORT', 'orders:refund', false],
    ['SUPPORT', 'panel:orders', true],
    ['ACCOUNTING', 'orders:refund', true],
    ['ACCOUNTING', 'panel:mailbox', false],
    ['CONTENT', 'panel:mailbox', false],
    ['CONTENT', 'panel:courses', true],
    ['TEACHER', 'panel:orders', false],
    ['STAFF', 'panel:view', false],
  ] as [Role, Permission, boolean][])('%s → %s: %s', (role, permission, allowed) => {
    expect(can([role], permission)).toBe(allowed);
  });

  it('an administrator holds every permission any staff role holds', () => {
    for (const [p, roles] of Object.entries(PERMISSIONS) as [Permission, readonly Role[]][])
      if (roles.some((r) => (STAFF_ROLES as readonly Role[]).includes(r))) expect(can(['ADMINISTRATOR'], p)).toBe(true);
  });
});

describe('the panel navigation follows the table', () => {
  it.each([
    ['ADMINISTRATOR', panelLinks().length],
    ['CONTENT', 3],
    ['TEACHER', 4],
  ] as [Role, number][])('%s sees %i entries', (role, n) => {
    expect(panelNavigation([role])).toHaveLength(n);
  });

  it('support sees users and the mailbox, not the team; accounting sees orders, not the mailbox', () => {
    const hrefs = (r: Role) => panelNavigation([r]).map((l) => l.href);
    expect(hrefs('SUPPORT')).toEqual(expect.arrayContaining(['/panel/uzytkownicy', '/panel/poczta']));
    expect(hrefs('SUPPORT')).not.toContain('/panel/zespol');
    expect(hrefs('ACCOUNTING')).toContain('/panel/zamowienia');
    expect(hrefs('ACCOUNTING')).not.toContain('/panel/poczta');
    // Customers' contracts: support reads them and sends reminders, accounting books their money.
    expect(hrefs('SUPPORT')).toContain('/panel/umowy/lista');
    expect(hrefs('ACCOUNTING')).toContain('/panel/umowy/lista');
    expect(hrefs('CONTENT')).not.toContain('/panel/umowy/lista');
    // The language school: teachers read the panel, only the office answers learners' messages.
    expect(hrefs('TEACHER')).toContain('/panel/jezyk');
    expect(hrefs('TEACHER')).not.toContain('/panel/jezyk/wiadomosci');
    expect(hrefs('SUPPORT')).toEqual(expect.arrayContaining(['/panel/jezyk', '/panel/jezyk/wiadomosci']));
  });
});
