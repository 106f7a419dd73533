// The one permission table. Every server action, route handler and page that reads or writes
// data asks `can`/`requirePermission` here; the UI hides what is refused, but never decides.
import type { Role } from '@/lib/db/generated/enums';
import { messages } from '@/lib/i18n';

export const ROLES: readonly Role[] = ['LEARNER', 'PARENT', 'COMPANY_ADMIN', 'STAFF', 'CHILD'];

const everyone = ROLES;

export const PERMISSIONS = {
  'account:manage-own': everyone,
  'orders:buy': ['LEARNER', 'PARENT', 'COMPANY_ADMIN', 'STAFF'], // not CHILD: a parent buys for a child
  'orders:read-own': everyone,
  'learning:study-own': everyone,
  'groups:manage-own': ['COMPANY_ADMIN', 'STAFF'],
  'families:manage-own': ['PARENT'],
  'panel:view': ['STAFF'],
  'panel:mailbox': ['STAFF'],
  'panel:users': ['STAFF'],
  'panel:orders': ['STAFF'],
  'panel:courses': ['STAFF'],
  'panel:agreements': ['STAFF'],
  'panel:reports': ['STAFF'],
  'panel:families': ['STAFF'],
  'panel:complaints': ['STAFF'],
  'panel:groups': ['STAFF'],
  // Accounting: invoices and their KSeF state, resending, UPOs.
  'panel:invoices': ['STAFF'],
  'panel:audit': ['STAFF'], // the audit log's list (lib/audit); administrators once staff roles exist
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[] | null | undefined, permission: Permission): boolean {
  if (!roles) return false;
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

export const ROLE_LABELS: Record<Role, string> = messages().roles;
