// /panel/zespol: who is on the staff and with which roles, granting and revoking a role, and
// inviting a colleague by e-mail. Only administrators do this (re-checked in each transaction),
// nobody removes the last administrator, and every change is one audit row in the same transaction.
import { randomBytes } from 'node:crypto';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { STAFF_ROLES, type StaffRole } from '@/lib/auth/permissions';
import { createPasswordLink } from '@/lib/auth/accounts';
import { hashPassword } from '@/lib/auth/password';
import { recordAudit } from '@/lib/audit';
import { NotFoundError, UserError, isUniqueViolation } from '@/lib/errors';
import { queueEmail } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { actorWith, activeAdministrators, lockStaffChanges } from './authority';

/** A colleague's password link lives longer than a reset link: they may read it after a weekend. */
export const STAFF_INVITATION_MS = 7 * 86_400_000;

export type StaffMember = {
  id: string;
  name: string;
  email: string | null;
  login: string | null;
  roles: StaffRole[];
  blocked: boolean;
  lastLoginAt: Date | null;
};

/** Everyone holding a staff role, by name. */
export async function staffList(): Promise<StaffMember[]> {
  const rows = await db().user.findMany({
    where: { roles: { hasSome: [...STAFF_ROLES] }, deletedAt: null },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      login: true,
      roles: true,
      blockedAt: true,
      lastLoginAt: true,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: `${r.firstName} ${r.lastName}`,
    email: r.email,
    login: r.login,
    roles: STAFF_ROLES.filter((s) => r.roles.includes(s)),
    blocked: r.blockedAt !== null,
    lastLoginAt: r.lastLoginAt,
  }));
}

/** Grants or revokes one staff role; a repeated grant (or revoke) changes and records nothing. */
export async function changeStaffRole(
  actorId: string,
  input: { userId: string; role: StaffRole; grant: boolean },
): Promise<{ outcome: 'changed' | 'unchanged'; name: string }> {
  return db().$transaction(async (tx) => {
    await lockStaffChanges(tx);
    await actorWith(tx, actorId, 'panel:staff');
    const target = await tx.user.findFirst({
      where: { id: input.userId, deletedAt: null },
      select: { id: true, roles: true, firstName: true, lastName: true },
    });
    if (!target) throw new NotFoundError();
    const name = `${target.firstName} ${target.lastName}`;
    if (target.roles.includes(input.role) === input.grant) return { outcome: 'unchanged' as const, name };
    if (!input.grant && input.role === 'ADMINISTRATOR' && (await activeAdministrators(tx)) <= 1)
      throw new UserError('staff.errors.lastAdministrator');
    const roles = input.grant ? [...target.roles, input.role] : target.roles.filter((r) => r !== input.role);
    await tx.user.update({ where: { id: target.id }, data: { roles }, select: { id: true } });
    await recordAudit(tx, {
      actorId,
      action: 'user.roles.changed',
      objectType: 'user',
      objectId: target.id,
      before: { roles: target.roles },
      after: { roles },
    });
    return { outcome: 'changed' as const, name };
  });
}

export type Invitee = { email: string; firstName: string; lastName: string; role: StaffRole };

/**
 * Adds a colleague: a new account with an unusable password and a one-time link to set their own
 * (the reset flow), or — for an address that already has an account — the role added to it.
 * One transaction: the account or role, the audit row and the e-mail.
 */
export async function inviteStaff(actorId: string, input: Invitee, now = currentTime()): Promise<{ userId: string }> {
  const email = input.email.trim().toLowerCase();
  const unusable = await hashPassword(randomBytes(32).toString('base64url'));
  try {
    const { userId, mailId } = await db().$transaction(async (tx) => {
      await lockStaffChanges(tx);
      await actorWith(tx, actorId, 'panel:staff');
      const existing = await tx.user.findUnique({
        where: { email },
        select: { id: true, firstName: true, roles: true, deletedAt: true, blockedAt: true },
      });
      if (existing?.deletedAt) throw new UserError('staff.errors.emailDeleted', { email: 'staff.errors.emailDeleted' });
      if (existing?.roles.includes(input.role))
        throw new UserError('staff.errors.alreadyStaff', { email: 'staff.errors.alreadyStaff' });
      const before = existing?.roles ?? [];
      const user = existing
        ? await tx.user.update({
            where: { id: existing.id },
            data: { roles: [...existing.roles, input.role] },
            select: { id: true, firstName: true, roles: true },
          })
        : await tx.user.create({
            data: {
              email,
              firstName: input.firstName,
              lastName: input.lastName,
              passwordHash: unusable,
              roles: [input.role],
            },
            select: { id: true, firstName: true, roles: true },
          });
      await recordAudit(tx, {
        actorId,
        action: 'user.roles.changed',
        objectType: 'user',
        objectId: user.id,
        before: { roles: before },
        after: { roles: user.roles },
        note: existing ? 'staff-invitation:existing-account' : 'staff-invitation:new-account',
      });
      const link = existing ? null : await createPasswordLink(tx, user.id, now, STAFF_INVITATION_MS);
      const mailId = await queueEmail(tx, email, 'staff-invitation', {
        firstName: user.firstName,
        // Codes and instants: named and formatted in the colleague's language when rendered.
        role: input.role,
        link,
        validUntil: new Date(now.getTime() + STAFF_INVITATION_MS).toISOString(),
      });
      return { userId: user.id, mailId };
    });
    await dispatchEmails([mailId]);
    return { userId };
  } catch (e) {
    // Two invitations of one new address at once: the second finds it taken.
    if (isUniqueViolation(e)) throw new UserError('staff.errors.alreadyStaff', { email: 'staff.errors.alreadyStaff' });
    throw e;
  }
}
