// A participant as the people actions need them, found only through a group the viewer
// administers (owner or second admin; staff do not manage people): anything else is null → 404.
import type { Tx } from '@/lib/db/client';
import { adminGroupFor, type GroupView, type Viewer } from '@/lib/groups/group-access';

export const PARTICIPANT_SELECT = {
  id: true,
  userId: true,
  deactivatedAt: true,
  credentialsSentAt: true,
  remindedAt: true,
  user: {
    select: { firstName: true, lastName: true, login: true, email: true, lastLoginAt: true, roles: true },
  },
} as const;

/** The viewer's group, or null (→ 404) when it is not theirs. */
export const managedGroup = (viewer: Viewer, groupId: string): Promise<GroupView | null> =>
  adminGroupFor(viewer, groupId);

/** The participant row inside an open transaction; null when it is not (or no longer) in the group. */
export const participantIn = (tx: Tx, groupId: string, participantId: string) =>
  // An anonymised account (its data deleted) is no longer anyone's to manage.
  tx.groupParticipant.findFirst({
    where: { id: participantId, groupId, user: { deletedAt: null } },
    select: PARTICIPANT_SELECT,
  });

/** Stops a concurrent login, rename or second click from interleaving with a change to this person. */
export async function lockUser(tx: Tx, userId: string): Promise<{ lastLoginAt: Date | null } | null> {
  const rows = await tx.$queryRaw<{ lastLoginAt: Date | null }[]>`
    SELECT "lastLoginAt" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  return rows[0] ?? null;
}
