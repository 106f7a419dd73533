// One's own data in /konto: name and phone corrected; an e-mail change confirmed by a single-use,
// expiring link to the new address (the old one told, and kept until then; a taken address
// refused); a privacy request with its 30-day term, decided once by staff with a reply.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { authenticate } from '@/lib/auth/authenticate';
import { fromWarsaw } from '@/lib/format/time';
import { ownProfile, updateProfile } from '@/lib/privacy/profile/profile';
import { confirmEmailChange, EMAIL_CHANGE_TTL_MS, requestEmailChange } from '@/lib/privacy/profile/email-change';
import { decidePrivacyRequest, filePrivacyRequest } from '@/lib/privacy/requests/requests';
import { requestQueue } from '@/lib/privacy/requests/queue';
import { PASSWORD, setUpPrivacyShop } from './privacy-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueue: async () => {},
  enqueueMany: async () => {},
}));

const { person } = setUpPrivacyShop();

async function tokenSentTo(to: string): Promise<string> {
  const m = await db().emailMessage.findFirstOrThrow({
    where: { to, template: 'email-change-confirm' },
    orderBy: { createdAt: 'desc' },
  });
  return /\/konto\/email\/([A-Za-z0-9_-]+)/.exec(m.text ?? '')![1]!;
}

describe('the profile', () => {
  it('saves the corrected name and phone; an empty phone clears it', async () => {
    const ewa = await person('Ewa', 'Stara');
    await updateProfile(ewa.id, { firstName: 'Ewelina', lastName: 'Nowa-Stara', phone: '' });
    expect(await ownProfile(ewa.id, new Date())).toMatchObject({
      firstName: 'Ewelina',
      lastName: 'Nowa-Stara',
      phone: null,
    });
  });
});

describe('an e-mail change', () => {
  it('keeps the old address until the new one confirms, tells the old one, and works once', async () => {
    const ewa = await person('Ewa', 'Mail');
    const old = ewa.email!;
    await requestEmailChange(ewa.id, 'Ewa.Nowa@Example.pl');
    expect(await db().emailMessage.count({ where: { to: old, template: 'email-change-notice' } })).toBe(1);
    expect((await db().user.findUniqueOrThrow({ where: { id: ewa.id } })).email).toBe(old);
    expect((await ownProfile(ewa.id, new Date())).pendingEmail).toBe('ewa.nowa@example.pl');
    const token = await tokenSentTo('ewa.nowa@example.pl');
    expect(await db().emailChangeToken.count({ where: { tokenHash: token } })).toBe(0); // only its hash is stored

    expect(await confirmEmailChange(token)).toEqual({ ok: true, email: 'ewa.nowa@example.pl' });
    expect((await db().user.findUniqueOrThrow({ where: { id: ewa.id } })).email).toBe('ewa.nowa@example.pl');
    expect((await authenticate('ewa.nowa@example.pl', PASSWORD, '10.0.0.2')).ok).toBe(true);
    expect((await authenticate(old, PASSWORD, '10.0.0.2')).ok).toBe(false);
    expect(await confirmEmailChange(token)).toEqual({ ok: false, reason: 'invalid' }); // single use
  });

  it('expires, and only the newest link works', async () => {
    const ewa = await person('Ewa', 'Wygasa');
    const now = fromWarsaw(2026, 12, 1, 12);
    await requestEmailChange(ewa.id, 'pierwszy@example.pl', now);
    const first = await tokenSentTo('pierwszy@example.pl');
    await requestEmailChange(ewa.id, 'drugi@example.pl', now);
    const second = await tokenSentTo('drugi@example.pl');
    expect(await confirmEmailChange(first, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(await confirmEmailChange(second, new Date(now.getTime() + EMAIL_CHANGE_TTL_MS + 1))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: ewa.id } })).email).toBe(ewa.email);
  });

  it('refuses an address another account has, beside the field, and one taken before the link is used', async () => {
    const ewa = await person('Ewa', 'Zajety');
    const other = await person('Olga', 'Ma');
    const e = await requestEmailChange(ewa.id, other.email!).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).fieldCodes).toEqual({ email: 'privacy.email.taken' });

    await requestEmailChange(ewa.id, 'wolny@example.pl');
    const token = await tokenSentTo('wolny@example.pl');
    await person('Wolny', 'Ktos').then((p) =>
      db().user.update({ where: { id: p.id }, data: { email: 'wolny@example.pl' } }),
    );
    expect(await confirmEmailChange(token)).toEqual({ ok: false, reason: 'taken' });
    expect((await db().user.findUniqueOrThrow({ where: { id: ewa.id } })).email).toBe(ewa.email);
  });
});

describe('a privacy request', () => {
  it('is confirmed with its 30-day term, queued for staff by deadline, decided once with the reply e-mailed', async () => {
    const ewa = await person('Ewa', 'Wniosek');
    const received = fromWarsaw(2026, 11, 20, 10);
    const r = await filePrivacyRequest(
      ewa.id,
      { kind: 'RESTRICTION', details: 'Proszę ograniczyć przetwarzanie.' },
      received,
    );
    expect(r.lastDay).toBe('20 grudnia 2026');
    expect(await db().emailMessage.count({ where: { to: ewa.email!, template: 'privacy-request-received' } })).toBe(1);
    const { open } = await requestQueue(fromWarsaw(2026, 12, 22, 9));
    const mine = open.find((x) => x.number === r.number)!;
    expect(mine.countdown).toEqual({ text: 'po terminie o 2 dni', tone: 'overdue' });

    const staff = await person('Zespol', 'Ktos');
    await decidePrivacyRequest(staff.id, mine.id, { decision: 'RESOLVED', reply: 'Ograniczyliśmy przetwarzanie.' });
    await expect(
      decidePrivacyRequest(staff.id, mine.id, { decision: 'REFUSED', reply: 'Jednak nie, bo nie.' }),
    ).rejects.toThrow(UserError);
    const reply = await db().emailMessage.findFirstOrThrow({
      where: { to: ewa.email!, template: 'privacy-request-decided' },
    });
    expect(reply.text).toContain('Ograniczyliśmy przetwarzanie.');
    expect(await db().emailMessage.count({ where: { template: 'privacy-request-decided', to: ewa.email! } })).toBe(1);
  });
});
