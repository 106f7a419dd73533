// The one permission table. Every server action, route handler and page that reads or writes
// data asks `can`/`requirePermission` here; the UI hides what is refused, but never decides.
// Staff work is split by role (issue 16): money is accounting's, teaching material is content's,
// people and their requests are support's; an administrator may do everything and manages staff.
import type { Role } from '@/lib/db/generated/enums';
import { messages } from '@/lib/i18n';

export const ROLES: readonly Role[] = [
  'LEARNER',
  'PARENT',
  'COMPANY_ADMIN',
  'STAFF',
  'CHILD',
  'ADMINISTRATOR',
  'ACCOUNTING',
  'CONTENT',
  'SUPPORT',
  'TEACHER',
];

/** The roles an administrator grants in /panel/zespol; holding any of them opens the panel. */
export const STAFF_ROLES = ['ADMINISTRATOR', 'ACCOUNTING', 'CONTENT', 'SUPPORT', 'TEACHER'] as const satisfies Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

const everyone = ROLES;
const admin = 'ADMINISTRATOR';

// STAFF (the single role before issue 16) grants nothing here: the migration made every STAFF an
// ADMINISTRATOR, and a stray STAFF written later must not open the panel.
export const PERMISSIONS = {
  'account:manage-own': everyone,
  'orders:buy': ['LEARNER', 'PARENT', 'COMPANY_ADMIN', ...STAFF_ROLES], // not CHILD: a parent buys for a child
  'orders:read-own': everyone,
  'learning:study-own': everyone,
  // A company's own groups; staff who handle agreements, lists and reports manage any group.
  'groups:manage-own': ['COMPANY_ADMIN', admin, 'SUPPORT'],
  'families:manage-own': ['PARENT'],
  // Teachers enter the panel, but nothing in it is theirs yet (their classes come with #14).
  'panel:view': STAFF_ROLES,
  'panel:staff': [admin], // /panel/zespol: roles, invitations
  'panel:mailbox': [admin, 'SUPPORT'],
  'panel:users': [admin, 'SUPPORT'], // user lookup and privacy requests (/panel/wnioski-rodo)
  'users:manage': [admin, 'SUPPORT'], // reset link, block/unblock (blocking staff: administrators only)
  // Reading an order (support answers buyers); refunding it is money, hence its own permission.
  'panel:orders': [admin, 'ACCOUNTING', 'SUPPORT'],
  'orders:refund': [admin, 'ACCOUNTING'],
  'panel:courses': [admin, 'CONTENT'], // courses, lessons, tests, certificate templates
  // A company's agreement is checked by support; accounting's contracts are the order's documents
  // (panel:orders) and its invoices.
  'panel:agreements': [admin, 'SUPPORT'],
  'panel:reports': [admin, 'SUPPORT'],
  // The families queue: class changes are support's; cancellations are read by both, refunded by accounting.
  'panel:families': [admin, 'ACCOUNTING', 'SUPPORT'],
  'families:class-change': [admin, 'SUPPORT'],
  'families:refund': [admin, 'ACCOUNTING'],
  'families:rates': [admin, 'ACCOUNTING'], // exchange rates that price foreign-currency packages
  'panel:complaints': [admin, 'SUPPORT'],
  'panel:groups': [admin, 'SUPPORT'], // every group, as its admin would (lib/groups/group-access.ts)
  'panel:audit': [admin], // the audit log's list (lib/audit)
  'panel:invoices': [admin, 'ACCOUNTING'], // invoices and their KSeF state, resending, UPOs (/panel/faktury)
  // Live classes (lib/live): staff create groups, schedules and cancellations; a teacher runs their
  // own sessions (attendance, notes, slots). Learners book under learning:study-own.
  'live:manage': [admin],
  'live:teach': ['TEACHER', admin],
  // Billing (lib/billing): support reads contracts and sends reminders; money moves (transfers,
  // statements, suspension, termination, discounts) are accounting's. The demo clock: admins.
  'panel:contracts': [admin, 'ACCOUNTING', 'SUPPORT'],
  'contracts:manage': [admin, 'ACCOUNTING'],
  'discounts:manage': [admin, 'ACCOUNTING'],
  'demo:clock': [admin],
  // Language school (lib/language): teachers and the office read rosters, placement and level-test
  // results and certificate requests; the office (support) answers learners' messages; content
  // staff define the levels.
  'panel:language': [admin, 'SUPPORT', 'TEACHER', 'CONTENT'],
  'language:office': [admin, 'SUPPORT'],
  'language:manage': [admin, 'CONTENT'],
  // Learning centres (lib/centres): support and accounting read centres, groups and enrolments;
  // administrators define centres, programmes and a year's groups (and cancel one); the desk
  // (support and accounting at the centre's reception) books cash and card payments with a receipt.
  'panel:centres': [admin, 'SUPPORT', 'ACCOUNTING'],
  'centres:manage': [admin],
  'centres:desk': [admin, 'SUPPORT', 'ACCOUNTING'],
  // School licences (lib/licence): support and accounting read schools and their licences;
  // accounting sets a school's discount and marks a paper invoice posted.
  'panel:schools': [admin, 'ACCOUNTING', 'SUPPORT'],
  'schools:manage': [admin, 'ACCOUNTING'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[] | null | undefined, permission: Permission): boolean {
  if (!roles) return false;
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

export const isStaffRole = (r: Role): r is StaffRole => (STAFF_ROLES as readonly Role[]).includes(r);

/** A role's name in the reader's language (Polish by default). */
export const roleLabel = (role: Role, locale?: string): string => messages(locale).roles[role];
