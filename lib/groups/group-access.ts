// Who may see a group: its owner (the company admin who bought it) and staff. The owner is
// part of the query itself, so anyone else's group is simply not found (404).
import { db } from '@/lib/db/client';
import { can } from '@/lib/auth/permissions';
import type { Role } from '@/lib/db/generated/enums';

export type Viewer = { id: string; roles: readonly Role[] };

export const isStaff = (viewer: Viewer) => can(viewer.roles, 'panel:groups');

/** Groups the viewer administers: the owner, or a second admin added by a group admin. */
export const administeredGroups = (viewer: Viewer) => ({
  OR: [{ ownerId: viewer.id }, { admins: { some: { userId: viewer.id } } }],
});

/** The `where` that limits groups to those `viewer` may see. */
export function visibleGroups(viewer: Viewer) {
  return isStaff(viewer) ? {} : administeredGroups(viewer);
}

const GROUP_SELECT = {
  id: true,
  ownerId: true,
  companyName: true,
  seats: true,
  seatsUsed: true,
  active: true,
  createdAt: true,
  course: { select: { id: true, slug: true, title: true } },
  orderItem: {
    select: {
      order: {
        select: {
          id: true,
          number: true,
          paidAt: true,
          companyName: true,
          buyerName: true,
          nip: true,
          street: true,
          postalCode: true,
          city: true,
        },
      },
    },
  },
} as const;

/** The group for its owner or staff; null (→ 404) for anyone else or an unknown id. */
export function groupFor(viewer: Viewer, groupId: string) {
  return db().group.findFirst({ where: { id: groupId, ...visibleGroups(viewer) }, select: GROUP_SELECT });
}

export type GroupView = NonNullable<Awaited<ReturnType<typeof groupFor>>>;

/** The group for its own admins only (not staff): people, passwords, invitations. Null → 404. */
export function adminGroupFor(viewer: Viewer, groupId: string) {
  return db().group.findFirst({ where: { id: groupId, ...administeredGroups(viewer) }, select: GROUP_SELECT });
}

/** The company admin's own groups, newest first. */
export function listMyGroups(ownerId: string) {
  return db().group.findMany({
    where: administeredGroups({ id: ownerId, roles: [] }),
    orderBy: { createdAt: 'desc' },
    select: GROUP_SELECT,
  });
}

export const seatsLeft = (g: { seats: number; seatsUsed: number }) => Math.max(0, g.seats - g.seatsUsed);

/** The admin's own groups of one course (for the course page's "your package" notice). */
export const myGroupsOfCourse = (ownerId: string, courseId: string) =>
  db().group.findMany({
    where: { ownerId, courseId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, seats: true, seatsUsed: true, companyName: true },
  });

export const countMyGroups = (ownerId: string) =>
  db().group.count({ where: administeredGroups({ id: ownerId, roles: [] }) });
