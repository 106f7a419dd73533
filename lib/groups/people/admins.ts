// A second admin for a group (HR shares the work, or hands it over on leave): an existing account
// found by e-mail gets the company-admin role and a notice; a new one gets an invitation to set
// its password. Both see and manage the group like its owner; any admin may take a second admin
// off again, never the owner.
import { randomBytes } from 'node:crypto';
import { db, type Tx } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { absoluteUrl } from '@/lib/url';
import { isUniqueViolation, NotFoundError, UserError } from '@/lib/errors';
import { hashPassword } from '@/lib/auth/password';
import { queueEmail } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import type { Viewer } from '@/lib/groups/group-access';
import { createInvitation } from './invitations';
import { managedGroup } from './participant-of';

export type NewAdmin = { email: string; firstName: string; lastName: string };
export type AddAdminOutcome = 'added' | 'invited' | 'already';

export async function addGroupAdmin(
  viewer: Viewer,
  groupId: string,
  input: NewAdmin,
  now = currentTime(),
): Promise<AddAdminOutcome> {
  const group = await managedGroup(viewer, groupId);
  if (!group) throw new NotFoundError();
  // Nobody knows this password: the new admin sets their own through the invitation.
  const placeholderHash = await hashPassword(randomBytes(24).toString('base64url'));
  const run = () =>
    db().$transaction(async (tx) => {
      const existing = await tx.user.findUnique({
        where: { email: input.email },
        select: { id: true, roles: true, disabledAt: true, firstName: true },
      });
      if (existing?.disabledAt) throw new UserError('people.adminDisabled', { email: 'people.adminDisabled' });
      if (existing && (existing.id === group.ownerId || (await isAdmin(tx, groupId, existing.id)))) {
        return { outcome: 'already' as const, mailId: null };
      }
      const user =
        existing ??
        (await tx.user.create({
          data: { ...input, passwordHash: placeholderHash, roles: ['COMPANY_ADMIN'] },
          select: { id: true, roles: true, disabledAt: true, firstName: true },
        }));
      if (!user.roles.includes('COMPANY_ADMIN')) {
        await tx.user.update({ where: { id: user.id }, data: { roles: { push: 'COMPANY_ADMIN' } } });
      }
      await tx.groupAdmin.create({ data: { groupId, userId: user.id, addedById: viewer.id, createdAt: now } });
      const props = {
        firstName: user.firstName,
        companyName: group.companyName,
        courseTitle: group.course.title,
        link: absoluteUrl(`/grupy/${groupId}`),
        invitation: null as null | { link: string; validUntil: string },
      };
      if (!existing) {
        const inv = await createInvitation(tx, { userId: user.id, groupId, now });
        props.invitation = { link: inv.link, validUntil: inv.expiresAt.toISOString() };
      }
      const mailId = await queueEmail(tx, input.email, 'group-admin-added', props);
      return { outcome: existing ? ('added' as const) : ('invited' as const), mailId };
    });
  let result: Awaited<ReturnType<typeof run>>;
  try {
    result = await run();
  } catch (e) {
    // Two admins adding the same person at once: the second finds them added (or created) already.
    if (!isUniqueViolation(e)) throw e;
    result = await run();
  }
  if (result.mailId) await dispatchEmails([result.mailId]);
  return result.outcome;
}

const isAdmin = async (tx: Tx, groupId: string, userId: string) =>
  (await tx.groupAdmin.count({ where: { groupId, userId } })) > 0;

export type RemoveAdminOutcome = 'removed' | 'already';

/**
 * Takes a second admin off the group (any admin may, also themselves). The owner — the buyer of
 * the package — always stays, and so does the last admin whose account still works: a group is
 * never left without someone to manage it. The group row is locked so two removals at once
 * cannot both pass the count. The person keeps their account (they may run other groups).
 */
export async function removeGroupAdmin(viewer: Viewer, groupId: string, userId: string): Promise<RemoveAdminOutcome> {
  const group = await managedGroup(viewer, groupId);
  if (!group) throw new NotFoundError();
  if (userId === group.ownerId) throw new UserError('people.adminOwner');
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Group" WHERE "id" = ${groupId} FOR UPDATE`;
    const admins = await tx.groupAdmin.findMany({
      where: { groupId },
      select: { userId: true, user: { select: { disabledAt: true } } },
    });
    if (!admins.some((a) => a.userId === userId)) return 'already';
    const owner = await tx.user.findUnique({ where: { id: group.ownerId }, select: { disabledAt: true } });
    const working = admins.filter((a) => a.userId !== userId && !a.user.disabledAt).length;
    if (working === 0 && (!owner || owner.disabledAt)) throw new UserError('people.adminLast');
    await tx.groupAdmin.deleteMany({ where: { groupId, userId } });
    return 'removed';
  });
}

/** The group's admins as its page lists them: the owner first, then the others by when they were added. */
export async function groupAdmins(groupId: string, ownerId: string) {
  const [owner, others] = await Promise.all([
    db().user.findUnique({
      where: { id: ownerId },
      select: { id: true, firstName: true, lastName: true, email: true },
    }),
    db().groupAdmin.findMany({
      where: { groupId },
      orderBy: { createdAt: 'asc' },
      select: { user: { select: { id: true, firstName: true, lastName: true, email: true } } },
    }),
  ]);
  return [...(owner ? [{ ...owner, owner: true }] : []), ...others.map((o) => ({ ...o.user, owner: false }))];
}
