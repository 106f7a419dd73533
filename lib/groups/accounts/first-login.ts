// A participant whose password was issued by the company decides on first login: keep it, or
// set their own (then the sealed copy the admins could download is destroyed).
import { db } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import { setPassword } from '@/lib/auth/accounts';
import { dispatchEmails } from '@/lib/jobs/queues';

export async function needsFirstLoginChoice(userId: string): Promise<boolean> {
  const u = await db().user.findUnique({ where: { id: userId }, select: { passwordIssued: true } });
  return !!u?.passwordIssued;
}

export async function keepIssuedPassword(userId: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { passwordIssued: false } });
}

/** Sets the person's own password; other sessions end (sessionVersion), the sealed copy goes. */
export async function setOwnPassword(userId: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  const mailId = await db().$transaction(async (tx) => {
    const id = await setPassword(tx, userId, { passwordHash, passwordIssued: false });
    await tx.groupParticipant.updateMany({ where: { userId }, data: { sealedPassword: null } });
    return id;
  });
  await dispatchEmails(mailId ? [mailId] : []);
}
