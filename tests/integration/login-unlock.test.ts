// The hard per-account lock: one e-mail per lock with a one-time unlock link; counters exact
// under concurrent failures; the public forms' limit exact under concurrent sends (issue 14).
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { authenticate } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';
import { LIMITS } from '@/lib/auth/rate-limit';
import { unlockAccount, isUnlockTokenUsable } from '@/lib/auth/unlock';
import { sendContactMessage } from '@/lib/support/contact';
import { FORM_LIMIT } from '@/lib/support/throttle';
import { UserError } from '@/lib/errors';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

let n = 0;
async function makeUser() {
  const login = `lockme${Date.now()}${++n}`;
  const user = await db().user.create({
    data: {
      email: `${login}@example.pl`,
      login,
      firstName: 'Ola',
      lastName: 'Próba',
      passwordHash: await hashPassword('Haslo12345'),
    },
  });
  return { login, id: user.id, email: user.email! };
}

const fromEverywhere = (login: string, count: number, t: Date) =>
  Promise.all(Array.from({ length: count }, (_, i) => authenticate(login, 'zle', `198.18.${n}.${i}`, t)));

describe('the hard per-account limit', () => {
  it('counts concurrent failures exactly, locks once and sends exactly one unlock e-mail', async () => {
    const u = await makeUser();
    const t0 = new Date('2026-11-22T10:00:00Z');
    await fromEverywhere(u.login, LIMITS.account.free, t0);
    const row = await db().loginThrottle.findUnique({ where: { key: `account:u:${u.id}` } });
    expect(row?.failures).toBe(LIMITS.account.free);
    await fromEverywhere(u.login, 5, t0); // refused while locked: neither counted nor mailed again
    expect(await authenticate(u.login, 'Haslo12345', '192.0.2.1', t0)).toEqual({ ok: false, reason: 'blocked' });
    expect(await db().emailMessage.count({ where: { to: u.email, template: 'account-unlock' } })).toBe(1);
  });

  it('is lifted by the e-mailed link, which works once', async () => {
    const u = await makeUser();
    const t0 = new Date('2026-11-22T11:00:00Z');
    await fromEverywhere(u.login, LIMITS.account.free, t0);
    const mail = await db().emailMessage.findFirstOrThrow({ where: { to: u.email, template: 'account-unlock' } });
    const token = mail.text!.match(/odblokuj\/(\S+)/)![1];
    expect(await db().accountUnlockToken.count({ where: { tokenHash: token } })).toBe(0); // only a hash is stored

    expect(await isUnlockTokenUsable(token, t0)).toBe(true);
    const uses = await Promise.allSettled([unlockAccount(token, t0), unlockAccount(token, t0)]);
    expect(uses.map((u) => u.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await isUnlockTokenUsable(token, t0)).toBe(false);
    await expect(unlockAccount(token, t0)).rejects.toBeInstanceOf(UserError);
    expect((await authenticate(u.login, 'Haslo12345', '192.0.2.1', t0)).ok).toBe(true);
  });

  it('ends by itself after a day even without the link', async () => {
    const u = await makeUser();
    const t0 = new Date('2026-11-22T12:00:00Z');
    await fromEverywhere(u.login, LIMITS.account.free, t0);
    const later = new Date(t0.getTime() + LIMITS.account.maxMs + 1000);
    expect((await authenticate(u.login, 'Haslo12345', '192.0.2.1', later)).ok).toBe(true);
  });
});

describe('the public forms’ limit', () => {
  it('lets exactly five of many concurrent messages from one address through', async () => {
    const message = (i: number) => ({
      name: 'Jan',
      email: `rush${Date.now()}${i}@example.com`,
      topic: 'OTHER' as const,
      message: 'Pytanie',
    });
    const sent = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => sendContactMessage(message(i), null, '198.51.100.99')),
    );
    expect(sent.filter((s) => s.status === 'fulfilled')).toHaveLength(FORM_LIMIT.perWindow);
  });
});
