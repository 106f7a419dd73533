// The login limits cannot be sidestepped by a forged address nor turned against the owner, and
// they answer alike for known and unknown logins (issue 14).
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as argon2 from '@node-rs/argon2';
import { db } from '@/lib/db/client';
import { authenticate } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';
import { clientIp } from '@/lib/http/client-ip';
import { parseTrustProxy } from '@/lib/config/trust-proxy';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));
vi.mock('@node-rs/argon2', async (original) => {
  const real = await original<typeof import('@node-rs/argon2')>();
  return { ...real, verify: vi.fn(real.verify) };
});

let n = 0;
async function makeUser(password = 'Haslo12345') {
  const login = `owner${Date.now()}${++n}`;
  await db().user.create({
    data: {
      email: `${login}@example.pl`,
      login,
      firstName: 'Ola',
      lastName: 'Właścicielka',
      passwordHash: await hashPassword(password),
    },
  });
  return login;
}

// scripts/serve.mjs marks the process and writes the socket's address into this header.
const PEER_FLAG = Symbol.for('planeta.peerHeader');
afterEach(() => delete (globalThis as Record<symbol, unknown>)[PEER_FLAG]);

describe('the per-IP limit', () => {
  it.each([
    ['unset', undefined, (i: number) => ({ 'x-planeta-peer': '198.51.100.7', 'x-forwarded-for': `10.${i}.0.1` })],
    ['1 hop', '1', (i: number) => ({ 'x-planeta-peer': '10.0.0.1', 'x-forwarded-for': `10.${i}.0.1, 198.51.100.7` })],
  ])('holds against a rotated X-Forwarded-For with TRUST_PROXY %s', async (_, setting, headers) => {
    (globalThis as Record<symbol, unknown>)[PEER_FLAG] = true;
    const trust = parseTrustProxy(setting)!;
    const owner = await makeUser();
    const t0 = new Date('2026-11-21T10:00:00Z');
    // Password spraying: one guess each at many logins, a fresh forged address every time.
    for (let i = 0; i < 30; i++)
      await authenticate(`sprayed${i}${setting}`, 'Lato2026', clientIp(headers(i), trust), t0);
    const next = await authenticate(owner, 'Haslo12345', clientIp(headers(99), trust), t0);
    expect(next).toMatchObject({ ok: false, reason: 'locked' });
  });
});

describe('a stranger', () => {
  it('with five (or forty-nine) failures from another address never stops the owner logging in', async () => {
    const owner = await makeUser();
    const t0 = new Date('2026-11-21T11:00:00Z');
    for (let i = 0; i < 5; i++) await authenticate(owner, 'zle-haslo', '203.0.113.66', t0);
    expect((await authenticate(owner, 'Haslo12345', '192.0.2.10', t0)).ok).toBe(true);
    for (let i = 0; i < 44; i++) await authenticate(owner, 'zle-haslo', `203.0.113.${i + 100}`, t0);
    expect((await authenticate(owner, 'Haslo12345', '192.0.2.10', t0)).ok).toBe(true);
    // The stranger's own address is slowed down, with growing delays.
    const delayed = await authenticate(owner, 'Haslo12345', '203.0.113.66', t0);
    expect(delayed).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('waits longer after each further failure on the same account from the same address', async () => {
    const owner = await makeUser();
    let t = new Date('2026-11-21T12:00:00Z').getTime();
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await authenticate(owner, 'zle', '203.0.113.7', new Date(t));
      expect(r.ok).toBe(false);
      const s = await authenticate(owner, 'zle', '203.0.113.7', new Date(t));
      if (s.ok === false && s.reason === 'locked') {
        waits.push(s.until.getTime() - t);
        t = s.until.getTime() + 1;
      }
    }
    expect(waits.length).toBeGreaterThan(2);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(waits.at(-1)!).toBeGreaterThan(waits[0]);
  });
});

describe('known and unknown logins', () => {
  it('get the same answers, attempt for attempt, and run argon2 every time', async () => {
    const known = await makeUser();
    const unknown = `nikt${Date.now()}`;
    const t0 = new Date('2026-11-21T13:00:00Z');
    const verify = vi.mocked(argon2.verify);
    const run = async (login: string, ip: string) => {
      const answers: unknown[] = [];
      const checks: number[] = [];
      for (let i = 0; i < 8; i++) {
        const before = verify.mock.calls.length;
        answers.push(await authenticate(login, 'zle-haslo', ip, t0));
        checks.push(verify.mock.calls.length - before);
      }
      return { answers, checks };
    };
    const a = await run(known, '203.0.113.201');
    const b = await run(unknown, '203.0.113.202');
    expect(b.answers).toEqual(a.answers);
    expect(b.checks).toEqual(a.checks);
    expect(a.answers[0]).toEqual({ ok: false, reason: 'invalid' });
    expect(a.checks[0]).toBe(1); // a real argon2 verification for the unknown login as well
  });

  it('reach the hard limit alike: the same answer for a locked account and a name nobody has', async () => {
    const known = await makeUser();
    const unknown = `nikt-inny${Date.now()}`;
    const t0 = new Date('2026-11-21T14:00:00Z');
    const last = async (login: string) => {
      let r: unknown;
      for (let i = 0; i < 50; i++) r = await authenticate(login, 'zle', `198.18.${i}.${n}`, t0);
      return [r, await authenticate(login, 'zle', '198.19.0.1', t0)];
    };
    expect(await last(unknown)).toEqual(await last(known));
    expect(await authenticate(known, 'Haslo12345', '198.19.0.2', t0)).toEqual({ ok: false, reason: 'blocked' });
  });
});
