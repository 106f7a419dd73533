// "Usuń konto" (art. 17 RODO): after the password is entered again and nothing stands in the way
// (lib/privacy/rules/deletion.ts), ONE transaction anonymises the person — and removes or
// anonymises their children's accounts — keeps what the law requires (orders, invoices and what
// they need), ends every session, records what was done and queues the confirmation to the address
// the person had, before it is cleared. Invoices keep the buyer data they were issued to.
import { recordAudit } from '@/lib/audit';
import { currentTime } from '@/lib/clock/clock';
import { db, type Tx } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { verifyPassword } from '@/lib/auth/password';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { messages } from '@/lib/i18n';
import { deletionRefusals, shortIdOf } from '@/lib/privacy/rules/deletion';
import { anonymiseAccount, DeletionLog, deletedName } from './anonymise';
import { deletionFacts } from './facts';
import { refusalCode } from './refusals';

export type DeletionResult = { shortId: string; lines: DeletionLog['lines'] };

export async function deleteAccount(userId: string, password: string, now = currentTime()): Promise<DeletionResult> {
  const user = await db().user.findFirst({
    where: { id: userId, deletedAt: null },
    select: { passwordHash: true, roles: true },
  });
  if (!user) throw new NotFoundError('user');
  if (!(await verifyPassword(user.passwordHash, password)))
    throw new UserError('privacy.delete.wrongPassword', { password: 'privacy.delete.wrongPassword' });
  // A child's account is the parent's to remove (lib/privacy/family/children.ts).
  if (user.roles.includes('CHILD')) throw new UserError('privacy.delete.childAccount');
  const { result, mailId } = await db().$transaction((tx) => eraseAccountIn(tx, userId, now, { actorId: userId }));
  if (mailId) await dispatchEmails([mailId]);
  return result;
}

/**
 * The deletion itself, inside the caller's transaction: the person's row locked, the refusals
 * checked (thrown as a UserError), children removed or anonymised, the person anonymised, the
 * confirmation queued, the deletion recorded and audited. `actorId` null = the retention job
 * (S14: a centre parent's account 8 months after the last contract), which audits as the system.
 */
export async function eraseAccountIn(
  tx: Tx,
  userId: string,
  now: Date,
  by: { actorId: string | null },
): Promise<{ result: DeletionResult; mailId: string | null }> {
  // One deletion at a time per account; a payment or refund starting meanwhile waits for it.
  const locked = await tx.$queryRaw<{ email: string | null; firstName: string; locale: string | null }[]>`
    SELECT "email", "firstName", "locale" FROM "User" WHERE "id" = ${userId} AND "deletedAt" IS NULL FOR UPDATE`;
  const me = locked[0];
  if (!me) throw new NotFoundError('user');
  const refusals = deletionRefusals(await deletionFacts(tx, userId, now));
  if (refusals.length) throw new UserError(refusals.map(refusalCode));
  const log = new DeletionLog();
  const children = await tx.child.findMany({
    where: { parentId: userId },
    select: {
      id: true,
      userId: true,
      packages: { where: { paidAt: { not: null } }, select: { id: true } },
      user: { select: { _count: { select: { contractsBenefiting: true } } } },
    },
  });
  for (const c of children) {
    // A child named in a contract (a centre's) stays, anonymised, with the contract its invoices need.
    const kept = c.packages.length > 0 || c.user._count.contractsBenefiting > 0;
    const rule = log.note({ type: 'child', hasPaidPackage: kept }, 1);
    if (rule.action === 'delete') {
      await tx.user.delete({ where: { id: c.userId } }); // takes the Child row and its unpaid packages
    } else {
      const name = deletedName(c.userId);
      await tx.child.update({
        where: { id: c.id },
        data: { fullName: `${name.firstName} ${name.lastName}`, birthDate: null },
      });
      await anonymiseAccount(tx, c.userId, null, now, new DeletionLog());
    }
  }
  const shortId = shortIdOf(userId);
  await anonymiseAccount(tx, userId, me.email, now, log);
  // To the address the person had (kept in hand above), telling what stayed and why.
  const mailId = me.email
    ? await queueEmailOnce(
        tx,
        `account-deleted:${userId}`,
        me.email,
        'account-deleted',
        {
          firstName: me.firstName,
          shortId,
          deletedAt: now.toISOString(),
          kept: keptNotes(log, me.locale ?? undefined),
        },
        // Given: the account is anonymised by now, so its language cannot be looked up by address.
        me.locale ?? 'pl',
      )
    : null;
  await tx.accountDeletion.create({
    data: { userId, shortId, deletedAt: now, summary: log.lines },
  });
  await recordAudit(tx, {
    actorId: by.actorId,
    action: 'privacy.account.deleted',
    objectType: 'user',
    objectId: userId,
    after: { shortId, records: log.lines, ...(by.actorId ? {} : { by: 'retention' }) },
  });
  return { result: { shortId, lines: log.lines }, mailId };
}

/** The "kept, and why" lines of the confirmation, one per basis that applied. */
function keptNotes(log: DeletionLog, locale?: string): string[] {
  const bases = messages(locale).privacy.delete.bases;
  // Orders and payments are kept too; their basis is the invoices', so they are told once.
  const kept = new Set(['tax', 'certificate', 'complaint', 'familyContract']);
  return [...new Set(log.lines.map((l) => l.basis).filter((b): b is string => !!b && kept.has(b)))].map(
    (b) => bases[b as keyof typeof bases] ?? b,
  );
}
