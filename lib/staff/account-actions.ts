// What support does to an account from its page (/panel/uzytkownicy/[id]): send a password-reset
// link, block and unblock. A block ends every session in the same transaction and stops logins
// (lib/auth/authenticate.ts, lib/auth/sessions.ts). Blocking staff is for administrators only,
// nobody blocks themselves, and each step is one audit row in its own transaction.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { can } from '@/lib/auth/permissions';
import { createPasswordLink } from '@/lib/auth/accounts';
import { revokeSessions } from '@/lib/auth/sessions';
import { recordAudit } from '@/lib/audit';
import { NotFoundError, UserError } from '@/lib/errors';
import { queueEmail } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { actorWith, activeAdministrators, lockStaffChanges } from './authority';

/** Blocks the account at once: its sessions end now; returns how many were live. */
export async function blockAccount(actorId: string, userId: string, note: string, now = currentTime()) {
  return db().$transaction(async (tx) => {
    await lockStaffChanges(tx);
    const actor = await actorWith(tx, actorId, 'users:manage');
    if (actorId === userId) throw new UserError('staff.errors.blockSelf');
    const target = await tx.user.findFirst({
      where: { id: userId, deletedAt: null },
      select: { id: true, roles: true, blockedAt: true },
    });
    if (!target) throw new NotFoundError();
    if (can(target.roles, 'panel:view') && !can(actor.roles, 'panel:staff'))
      throw new UserError('staff.errors.blockStaffAdminOnly');
    if (target.blockedAt) return { sessionsEnded: 0, changed: false };
    if (target.roles.includes('ADMINISTRATOR') && (await activeAdministrators(tx)) <= 1)
      throw new UserError('staff.errors.lastAdministrator');
    await tx.user.update({ where: { id: userId }, data: { blockedAt: now }, select: { id: true } });
    const sessionsEnded = await revokeSessions(tx, userId, {}, now);
    await recordAudit(tx, {
      actorId,
      action: 'user.blocked',
      objectType: 'user',
      objectId: userId,
      before: { blockedAt: null },
      after: { blockedAt: now, sessionsEnded },
      note: note || undefined,
    });
    return { sessionsEnded, changed: true };
  });
}

export async function unblockAccount(actorId: string, userId: string, note: string, now = currentTime()) {
  return db().$transaction(async (tx) => {
    await lockStaffChanges(tx);
    const actor = await actorWith(tx, actorId, 'users:manage');
    const target = await tx.user.findFirst({
      where: { id: userId, deletedAt: null },
      select: { id: true, roles: true, blockedAt: true },
    });
    if (!target) throw new NotFoundError();
    if (can(target.roles, 'panel:view') && !can(actor.roles, 'panel:staff'))
      throw new UserError('staff.errors.blockStaffAdminOnly');
    if (!target.blockedAt) return { changed: false };
    await tx.user.update({ where: { id: userId }, data: { blockedAt: null }, select: { id: true } });
    await recordAudit(tx, {
      actorId,
      action: 'user.unblocked',
      objectType: 'user',
      objectId: userId,
      before: { blockedAt: target.blockedAt },
      after: { blockedAt: null, at: now },
      note: note || undefined,
    });
    return { changed: true };
  });
}

/** The ordinary reset e-mail (lib/auth/accounts.ts), sent on the person's behalf. */
export async function sendResetLink(actorId: string, userId: string, now = currentTime()): Promise<string> {
  const mail = await db().$transaction(async (tx) => {
    await actorWith(tx, actorId, 'users:manage');
    const target = await tx.user.findFirst({
      where: { id: userId, deletedAt: null },
      select: { id: true, email: true, firstName: true },
    });
    if (!target) throw new NotFoundError();
    if (!target.email) throw new UserError('staff.errors.noEmail');
    const link = await createPasswordLink(tx, userId, now);
    await recordAudit(tx, { actorId, action: 'user.password-reset.sent', objectType: 'user', objectId: userId });
    const mailId = await queueEmail(tx, target.email, 'password-reset', { firstName: target.firstName, link });
    return { mailId, email: target.email };
  });
  await dispatchEmails([mail.mailId]);
  return mail.email;
}
