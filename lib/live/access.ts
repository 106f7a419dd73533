// Who may do what in live classes: staff (live:manage), the session's teacher, the learner or
// their parent. Checked in every service against the stored data, never trusted from a page.
import type { Tx } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/enums';
import { can, type Permission } from '@/lib/auth/permissions';
import { UserError } from '@/lib/errors';

export type LiveViewer = { id: string; roles: readonly Role[] };

export const isLiveStaff = (viewer: LiveViewer) => can(viewer.roles, 'live:manage');

export function requireLive(viewer: LiveViewer, permission: Permission): void {
  if (!can(viewer.roles, permission)) throw new UserError('liveEngine.notAllowed');
}

/** The actor books for themself, or is the parent of the child `learnerId` (lib/families' Child row). */
export async function mayActFor(tx: Tx, actor: LiveViewer, learnerId: string): Promise<boolean> {
  if (actor.id === learnerId) return true;
  const child = await tx.child.findFirst({ where: { parentId: actor.id, userId: learnerId }, select: { id: true } });
  return child !== null;
}

/** Where a learner's e-mails go: their own address, else their parent's (a child may have none). */
export async function contactOf(tx: Tx, userId: string): Promise<{ email: string; firstName: string } | null> {
  const u = await tx.user.findUnique({
    where: { id: userId },
    select: { email: true, firstName: true, childProfile: { select: { parent: { select: { email: true } } } } },
  });
  const email = u?.email ?? u?.childProfile?.parent.email ?? null;
  return u && email ? { email, firstName: u.firstName } : null;
}
