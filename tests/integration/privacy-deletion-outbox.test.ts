// The outbox when an account is deleted: messages still queued to the person are cancelled in the
// deletion's transaction (never delivered to the old address), the ones already delivered keep only
// address-less proof of sending, and the daily retention later treats them by its table.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { queueEmail } from '@/lib/mail/outbox';
import { deliverEmail } from '@/lib/mail/transport';
import { deleteOldEmailRecords, removeOldEmailBodies } from '@/lib/mail/retention';
import { deleteAccount } from '@/lib/privacy/deletion/delete-account';
import { PASSWORD, setUpPrivacyShop } from './privacy-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueue: async () => {},
  enqueueMany: async () => {},
}));

const { person } = setUpPrivacyShop();
const MONTH = 31 * 86_400_000;

const resetMail = (to: string) =>
  db().$transaction((tx) =>
    queueEmail(tx, to, 'password-reset', { firstName: 'Ola', link: 'https://planeta.test/reset/sekret' }),
  );

describe('the outbox of a deleted account', () => {
  it('cancels queued messages, keeps delivered ones as address-less proof, and leaves others alone', async () => {
    const ola = await person('Ola', 'Kasowana');
    const other = await person('Piotr', 'Zostaje');
    const delivered = await resetMail(ola.email!);
    await deliverEmail(delivered);
    const queued = await resetMail(ola.email!);
    const notHers = await resetMail(other.email!);

    const { shortId } = await deleteAccount(ola.id, PASSWORD);

    // The queued message is gone, and its delivery job (already enqueued) finds nothing to send.
    expect(await db().emailMessage.findUnique({ where: { id: queued } })).toBeNull();
    expect(await deliverEmail(queued)).toBe('skipped');
    // To the old address only the confirmation of the deletion is still to go.
    const toOld = await db().emailMessage.findMany({ where: { to: ola.email! } });
    expect(toOld.map((m) => [m.template, m.status])).toEqual([['account-deleted', 'QUEUED']]);
    expect(await deliverEmail(toOld[0]!.id)).toBe('stored');
    // The delivered one: subject, date and status stay; address, body and props go.
    const proof = await db().emailMessage.findUniqueOrThrow({ where: { id: delivered } });
    expect(proof).toMatchObject({ to: `#${shortId}`, status: 'STORED', props: null });
    expect(proof.subject).not.toBe('');
    expect(`${proof.html} ${proof.text}`).not.toContain('sekret');
    expect(proof.text).toBe('Treść wiadomości usunięta wraz z kontem odbiorcy (art. 17 RODO).');
    // Somebody else's queued message is untouched.
    expect(await db().emailMessage.findUniqueOrThrow({ where: { id: notHers } })).toMatchObject({
      status: 'QUEUED',
      to: other.email,
    });
    const summary = (await db().accountDeletion.findUniqueOrThrow({ where: { userId: ola.id } })).summary;
    expect(summary).toEqual(
      expect.arrayContaining([
        { type: 'queuedEmail', action: 'delete', basis: null, count: 1 },
        { type: 'email', action: 'anonymise', basis: 'proofOfSending', count: 1 },
      ]),
    );

    // The retention table's emailBody rule finds the body removed already and keeps its note; the
    // emailRecord rule deletes the proof after 36 months, like any other delivered message.
    await removeOldEmailBodies(new Date(Date.now() + 13 * MONTH));
    expect((await db().emailMessage.findUniqueOrThrow({ where: { id: delivered } })).text).toBe(proof.text);
    await deleteOldEmailRecords(new Date(Date.now() + 35 * MONTH));
    expect(await db().emailMessage.findUnique({ where: { id: delivered } })).not.toBeNull();
    await deleteOldEmailRecords(new Date(Date.now() + 37 * MONTH));
    expect(await db().emailMessage.findUnique({ where: { id: delivered } })).toBeNull();
  });
});
