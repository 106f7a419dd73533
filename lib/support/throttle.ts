// Limits on the public forms (contact, complaints): counted from the stored rows themselves, per
// sender address and per hashed IP, so no separate counter can drift; checked in the same
// transaction that stores the new row.
import { createHash } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import { UserError } from '@/lib/errors';

export const FORM_LIMIT = { perWindow: 5, windowMs: 60 * 60_000 } as const;

/** sha256 of the address: enough to count, not kept as the address itself. */
export const hashIp = (ip: string) => createHash('sha256').update(`planeta-forms:${ip}`).digest('hex');

/** Refuses a sixth message within an hour from one IP or one e-mail address. */
export async function assertUnderFormLimit(
  tx: Tx,
  form: 'contact' | 'complaint',
  sender: { ipHash: string; email: string },
  now: Date,
): Promise<void> {
  const since = new Date(now.getTime() - FORM_LIMIT.windowMs);
  const recent =
    form === 'contact'
      ? await tx.contactMessage.count({
          where: { createdAt: { gt: since }, OR: [{ ipHash: sender.ipHash }, { email: sender.email }] },
        })
      : await tx.complaint.count({
          where: { receivedAt: { gt: since }, OR: [{ ipHash: sender.ipHash }, { email: sender.email }] },
        });
  if (recent >= FORM_LIMIT.perWindow) throw new UserError('support.errors.tooMany');
}
