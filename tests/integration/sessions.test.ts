// Revocable sessions through next-auth's own handler: log in and out as a browser would, then
// present the session cookie to currentUser() (cookies() is the only thing stood in for).
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import { authOptions } from '@/lib/auth/options';
import { currentSession, currentUser, SESSION_COOKIES } from '@/lib/auth/session';
import { activeSessions, logoutEverywhere, revokeOwnSession } from '@/lib/auth/sessions';
import { purgeEndedSessions } from '@/lib/auth/sessions-retention';
import { changePassword, requestPasswordReset, resetPassword } from '@/lib/auth/accounts';
import { deactivateParticipant } from '@/lib/groups/people/manage';
import { createUpload } from '@/lib/groups/list/uploads';
import { provisionUpload } from '@/lib/groups/accounts/provisioning';
import { listXlsx, makeGroup, uniqueName } from './groups-fixtures';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

// The request's cookie jar, as next/headers would hand it to a server component or action.
const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    delete: (name: string) => jar.delete(name),
  }),
}));
beforeEach(() => jar.clear());

// next-auth's request handler (what app/api/auth/[...nextauth] runs), loaded from its files:
// the package does not export it by name.
const nextAuthCore = createRequire(import.meta.url)(path.resolve('node_modules/next-auth/core/index.js')) as {
  AuthHandler: (p: { req: Request; options: unknown }) => Promise<{ cookies?: { name: string; value: string }[] }>;
};
const SECRET = process.env.AUTH_SECRET!;
const SESSION = SESSION_COOKIES[1]; // served over http in tests: the plain cookie name

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

/** One POST to next-auth with a valid CSRF pair, as its client sends it; the cookies it sets. */
async function nextAuthPost(action: string, body: Record<string, string>, cookie = '', ua = CHROME) {
  const csrf = randomBytes(16).toString('hex');
  const hash = createHash('sha256').update(`${csrf}${SECRET}`).digest('hex');
  const req = new Request(`http://localhost:3000/api/auth/${action}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': ua,
      cookie: `next-auth.csrf-token=${csrf}|${hash}; ${cookie}`,
    },
    body: JSON.stringify({ ...body, csrfToken: csrf, json: 'true' }),
  });
  const res = await nextAuthCore.AuthHandler({ req, options: authOptions() });
  return res.cookies ?? [];
}

/** Logs in through next-auth's credentials callback; the session cookie's value. */
async function logIn(identifier: string, password: string, ua = CHROME): Promise<string> {
  const cookies = await nextAuthPost('callback/credentials', { identifier, password }, '', ua);
  const session = cookies.find((c) => c.name === SESSION && c.value);
  if (!session) throw new Error('login set no session cookie');
  return session.value;
}

const logOut = (cookie: string) => nextAuthPost('signout', {}, `${SESSION}=${cookie}`);

/** Who the cookie signs in, read the way every page, action and route handler reads it. */
async function whoIs(cookie: string): Promise<string | null> {
  jar.clear();
  jar.set(SESSION, cookie);
  return (await currentUser())?.id ?? null;
}

async function makeUser(email: string, password = 'Haslo12345') {
  return db().user.create({
    data: { email, firstName: 'Ola', lastName: 'Sesja', passwordHash: await hashPassword(password) },
  });
}

describe('revocable sessions', () => {
  it('refuses a cookie copied before logout once the owner has logged out, and drops it where it can', async () => {
    const u = await makeUser('copy@example.pl');
    const cookie = await logIn('copy@example.pl', 'Haslo12345');
    const copy = cookie;
    expect(await whoIs(cookie)).toBe(u.id);
    expect(await currentUser()).toMatchObject({ email: 'copy@example.pl', login: null, roles: ['LEARNER'] });
    await logOut(cookie);
    expect(await whoIs(copy)).toBeNull();
    expect(jar.has(SESSION)).toBe(false); // the refused cookie is deleted from the response
    // A fresh login is a new session and works; the old copy stays refused.
    const again = await logIn('copy@example.pl', 'Haslo12345');
    expect(await whoIs(again)).toBe(u.id);
    expect(await whoIs(copy)).toBeNull();
  });

  it('refuses a well-formed token naming no session (forged or from before sessions existed)', async () => {
    const u = await makeUser('forged@example.pl');
    const { encode } = await import('next-auth/jwt');
    expect(await whoIs(await encode({ token: { sub: u.id }, secret: SECRET }))).toBeNull();
    const real = await logIn('forged@example.pl', 'Haslo12345');
    const other = await makeUser('other@example.pl');
    const sid = (await db().authSession.findFirstOrThrow({ where: { userId: u.id } })).id;
    // Another person's id with this session's id: still nobody.
    expect(await whoIs(await encode({ token: { sub: other.id, sid }, secret: SECRET }))).toBeNull();
    expect(await whoIs(real)).toBe(u.id);
  });

  it('log out everywhere ends every session of the person and nobody else’s', async () => {
    const u = await makeUser('all@example.pl');
    const v = await makeUser('bystander@example.pl');
    const laptop = await logIn('all@example.pl', 'Haslo12345');
    const phone = await logIn('all@example.pl', 'Haslo12345', 'Mozilla/5.0 (Linux; Android 14) Firefox/133.0');
    const theirs = await logIn('bystander@example.pl', 'Haslo12345');
    jar.set(SESSION, laptop);
    const list = await activeSessions(u.id, (await currentSession())!.sessionId);
    expect(list.map((s) => [s.device, s.current])).toEqual(
      expect.arrayContaining([
        ['Chrome · Windows', true],
        ['Firefox · Android', false],
      ]),
    );
    expect(await logoutEverywhere(u.id)).toBe(2);
    expect(await whoIs(laptop)).toBeNull();
    expect(await whoIs(phone)).toBeNull();
    expect(await whoIs(theirs)).toBe(v.id);
    expect(await activeSessions(u.id, null)).toEqual([]);
  });

  it('ends one chosen device, only the owner’s (another person’s session id is a 404)', async () => {
    const u = await makeUser('one@example.pl');
    const v = await makeUser('two@example.pl');
    const a = await logIn('one@example.pl', 'Haslo12345');
    const b = await logIn('one@example.pl', 'Haslo12345');
    const theirs = await logIn('two@example.pl', 'Haslo12345');
    const sid = async (c: string) => {
      jar.set(SESSION, c);
      return (await currentSession())!.sessionId;
    };
    const sa = await sid(a);
    const sb = await sid(b);
    const sv = await sid(theirs);
    await expect(revokeOwnSession(u.id, sv)).rejects.toThrow(/not found/i);
    expect(await whoIs(theirs)).toBe(v.id);
    await revokeOwnSession(u.id, sb);
    expect(await whoIs(b)).toBeNull();
    expect(await whoIs(a)).toBe(u.id);
    expect(sa).not.toBe(sb);
  });

  it('a password change ends the other sessions and keeps the one that made it', async () => {
    const u = await makeUser('change@example.pl');
    const here = await logIn('change@example.pl', 'Haslo12345');
    const elsewhere = await logIn('change@example.pl', 'Haslo12345');
    jar.set(SESSION, here);
    const sid = (await currentSession())!.sessionId;
    await changePassword(u.id, 'Haslo12345', 'NoweHaslo2026', sid);
    expect(await whoIs(here)).toBe(u.id);
    expect(await whoIs(elsewhere)).toBeNull();
  });

  it('a password reset through the e-mailed link ends every session', async () => {
    const u = await makeUser('reset-s@example.pl');
    const cookie = await logIn('reset-s@example.pl', 'Haslo12345');
    await requestPasswordReset('reset-s@example.pl');
    const mail = await db().emailMessage.findFirstOrThrow({
      where: { to: 'reset-s@example.pl', template: 'password-reset' },
    });
    const token = /\/haslo\/nowe\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1];
    await resetPassword(token, 'ZresetowaneHaslo1');
    expect(await whoIs(cookie)).toBeNull();
    expect(u.id).toBeTruthy();
  });

  it('a deactivated group participant is signed out at once', async () => {
    const g = await makeGroup(2);
    const up = await createUpload(g.admin, g.groupId, {
      name: 'lista.xlsx',
      bytes: await listXlsx([{ firstName: 'Iga', lastName: uniqueName(), password: 'Uczestnik2026' }]),
    });
    await provisionUpload(g.admin, g.groupId, up!.id);
    const p = await db().groupParticipant.findFirstOrThrow({
      where: { groupId: g.groupId },
      select: { id: true, userId: true, user: { select: { login: true } } },
    });
    const cookie = await logIn(p.user.login!, 'Uczestnik2026');
    expect(await whoIs(cookie)).toBe(p.userId);
    await deactivateParticipant(g.admin, g.groupId, p.id);
    expect(await whoIs(cookie)).toBeNull();
  });

  it('a deleted account’s cookie signs nobody in', async () => {
    const u = await makeUser('gone@example.pl');
    const cookie = await logIn('gone@example.pl', 'Haslo12345');
    await db().user.delete({ where: { id: u.id } });
    expect(await whoIs(cookie)).toBeNull();
  });

  it('keeps ended sessions 30 days, then deletes them; live ones stay', async () => {
    const u = await makeUser('purge@example.pl');
    const live = await logIn('purge@example.pl', 'Haslo12345');
    const ended = await logIn('purge@example.pl', 'Haslo12345');
    await logOut(ended);
    const later = (days: number) => new Date(Date.now() + days * 86_400_000);
    const rows = () => db().authSession.count({ where: { userId: u.id } });
    await purgeEndedSessions(later(29));
    expect(await rows()).toBe(2);
    await purgeEndedSessions(later(31));
    expect(await rows()).toBe(1);
    expect(await whoIs(live)).toBe(u.id);
  });
});
