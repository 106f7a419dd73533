import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { authenticate } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';
import {
  changePassword,
  registerUser,
  requestPasswordReset,
  resetPassword,
  isResetTokenUsable,
} from '@/lib/auth/accounts';
import { UserError } from '@/lib/errors';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

async function makeUser(email: string, password = 'Haslo12345') {
  return db().user.create({
    data: {
      email,
      login: email.split('@')[0],
      firstName: 'Anna',
      lastName: 'Próba',
      passwordHash: await hashPassword(password),
    },
  });
}

describe('logging in', () => {
  it('accepts the e-mail or the login name, case-insensitively', async () => {
    await makeUser('anna@example.pl');
    expect((await authenticate('ANNA@example.pl', 'Haslo12345', '10.0.0.1')).ok).toBe(true);
    expect((await authenticate('Anna', 'Haslo12345', '10.0.0.1')).ok).toBe(true);
    expect(await authenticate('anna', 'zle-haslo', '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
  });
  // The limits themselves: tests/integration/login-limits.test.ts and login-unlock.test.ts.
});

describe('accounts', () => {
  it('registers once per e-mail and queues a welcome e-mail in the same transaction', async () => {
    await registerUser({ firstName: 'Jan', lastName: 'Nowak', email: 'jan@example.pl', password: 'Haslo12345' });
    expect(await db().emailMessage.count({ where: { to: 'jan@example.pl', template: 'welcome' } })).toBe(1);
    await expect(
      registerUser({ firstName: 'Jan', lastName: 'Nowak', email: 'jan@example.pl', password: 'Haslo12345' }),
    ).rejects.toBeInstanceOf(UserError);
    expect(await db().user.count({ where: { email: 'jan@example.pl' } })).toBe(1);
  });

  it('resets a password with a one-time token from the e-mail, ending older sessions', async () => {
    const user = await makeUser('reset@example.pl');
    await requestPasswordReset('reset@example.pl');
    await requestPasswordReset('unknown@example.pl'); // no error, no e-mail: no enumeration
    const mails = await db().emailMessage.findMany({ where: { template: 'password-reset' } });
    expect(mails.map((m) => m.to)).toEqual(['reset@example.pl']);
    const token = mails[0].text!.match(/haslo\/nowe\/(\S+)/)![1];
    expect(await isResetTokenUsable(token)).toBe(true);
    const stored = await db().passwordResetToken.findFirst({ where: { userId: user.id } });
    expect(stored?.tokenHash).not.toContain(token); // only a hash is stored

    await Promise.allSettled([resetPassword(token, 'NoweHaslo123'), resetPassword(token, 'InneHaslo123')]);
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(1); // exactly one of the two concurrent uses won
    expect(await isResetTokenUsable(token)).toBe(false);
    await expect(resetPassword(token, 'JeszczeInne123')).rejects.toBeInstanceOf(UserError);
  });

  it('changes the password only with the right current one', async () => {
    const user = await makeUser('change@example.pl');
    await expect(changePassword(user.id, 'zle', 'NoweHaslo123')).rejects.toBeInstanceOf(UserError);
    await changePassword(user.id, 'Haslo12345', 'NoweHaslo123');
    expect((await authenticate('change', 'NoweHaslo123', '10.9.9.9')).ok).toBe(true);
    expect((await authenticate('change', 'Haslo12345', '10.9.9.9')).ok).toBe(false);
  });
});
