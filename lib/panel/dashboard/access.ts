// Which blocks of the staff home a person sees: each block only for the roles that open the page
// it summarises (lib/auth/permissions.ts), so the home never shows a number its reader could not
// look behind. Pure: the loader asks only for what this returns.
import { can, type Permission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/db/generated/enums';
import type { OccupancyScope } from './occupancy';
import { QUEUES, type QueueName } from './queues';

/**
 * The permission of the page each queue lives on — for class changes the one that decides them,
 * since /panel/rodziny also opens to accounting, who only reads the families' cancellations.
 */
export const QUEUE_PERMISSION: Record<QueueName, Permission> = {
  agreements: 'panel:agreements',
  reports: 'panel:reports',
  complaints: 'panel:complaints',
  discounts: 'discounts:manage',
  classChanges: 'families:class-change',
  ksefRejected: 'panel:invoices',
  mailFailing: 'panel:mailbox',
  accounts: 'panel:users',
  courses: 'panel:courses',
};

export type DashboardAccess = {
  /** Sales and refunds: accounting's and administrators' (the invoices and the refunds). */
  money: boolean;
  /** Overdue charges and contracts by state: whoever reads contracts (/panel/umowy/lista). */
  contracts: boolean;
  /** Occupancy: every group (live:manage), the centres' (panel:centres), or a teacher's own. */
  occupancy: OccupancyScope | null;
  queues: Record<QueueName, boolean>;
};

export function dashboardAccess(user: { id: string; roles: readonly Role[] }): DashboardAccess {
  const { roles } = user;
  const occupancy: OccupancyScope | null = can(roles, 'live:manage')
    ? { kind: 'all' }
    : can(roles, 'panel:centres')
      ? { kind: 'centres' }
      : can(roles, 'live:teach')
        ? { kind: 'own', teacherId: user.id }
        : null;
  return {
    money: can(roles, 'panel:invoices'),
    contracts: can(roles, 'panel:contracts'),
    occupancy,
    queues: Object.fromEntries(QUEUES.map((q) => [q, can(roles, QUEUE_PERMISSION[q])])) as Record<QueueName, boolean>,
  };
}
