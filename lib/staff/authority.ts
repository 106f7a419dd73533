// The services' own check of who acts: a staff action re-reads the actor's roles inside its
// transaction, so a role revoked a moment ago or a blocked colleague is refused even if the page
// was loaded before, and a caller that skipped the action layer is refused too.
import type { Tx } from '@/lib/db/client';
import { can, type Permission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/db/generated/enums';
import { UserError } from '@/lib/errors';

export type Actor = { id: string; roles: Role[] };

/** The acting person holding `permission` now, or a refusal ("Nie masz uprawnień…"). */
export async function actorWith(tx: Tx, actorId: string, permission: Permission): Promise<Actor> {
  const actor = await tx.user.findFirst({
    where: { id: actorId, blockedAt: null, disabledAt: null, deletedAt: null },
    select: { id: true, roles: true },
  });
  if (!actor || !can(actor.roles, permission)) throw new UserError('errors.forbidden');
  return actor;
}

/**
 * Every change of staff roles or blocks takes this transaction-scoped lock first, so two
 * administrators removing each other at the same moment cannot both pass the last-admin check.
 */
export async function lockStaffChanges(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('planeta:staff-roles'))`;
}

/** Administrators who can still act: not blocked, deactivated or deleted. */
export function activeAdministrators(tx: Tx): Promise<number> {
  return tx.user.count({
    where: { roles: { has: 'ADMINISTRATOR' }, blockedAt: null, disabledAt: null, deletedAt: null },
  });
}
