// Who is asking. The session cookie (next-auth's encrypted JWT) names a row of lib/auth/sessions;
// every request checks that row is live (one read, cached per request), so logout, a password
// change, a block or "log out everywhere" take effect at once, as do removed roles.
import { cache } from 'react';
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { notFound, redirect } from 'next/navigation';
import { env } from '@/lib/config/env';
import { can, type Permission } from './permissions';
import { liveSession, type SessionUser } from './sessions';

export type CurrentUser = SessionUser;

/** next-auth's cookie: the __Secure- name when served over HTTPS, the plain one otherwise. */
export const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const;

type Current = { user: CurrentUser; sessionId: string };
type Claims = { sid: string | null; sub: string | null; expMs: number };

// Decoding is a pure function of the cookie and the process's secret: a key derivation and a JWE
// decryption, about a millisecond of CPU on every signed-in request, for a cookie that comes back
// unchanged on every request of its session. So the claims of the latest cookies are kept (a
// bounded map, oldest out first, each until the token's own expiry); whether the session is still
// live is checked on every request all the same (liveSession), so logout and blocks are immediate.
const DECODED_MAX = 5000;
const decoded = new Map<string, Claims>();

async function claimsOf(cookie: string): Promise<Claims | null> {
  const kept = decoded.get(cookie);
  if (kept && kept.expMs > Date.now()) return kept;
  if (kept) decoded.delete(cookie);
  const token = await decode({ token: cookie, secret: env().AUTH_SECRET }).catch(() => null);
  if (!token) return null;
  const claims: Claims = {
    sid: typeof token.sid === 'string' ? token.sid : null,
    sub: typeof token.sub === 'string' ? token.sub : null,
    expMs: typeof token.exp === 'number' ? token.exp * 1000 : 0,
  };
  if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  decoded.set(cookie, claims);
  return claims;
}

export const currentSession = cache(async (): Promise<Current | null> => {
  const jar = await cookies();
  const name = SESSION_COOKIES.find((n) => jar.get(n)?.value);
  if (!name) return null;
  const token = await claimsOf(jar.get(name)!.value);
  const sid = token?.sid ?? null;
  const user = sid && token?.sub ? await liveSession(sid, token.sub) : null;
  if (!user || !sid) {
    try {
      jar.delete(name);
    } catch {
      // A page render cannot set cookies (actions and route handlers can); there the dead cookie
      // simply keeps being refused.
    }
    return null;
  }
  return { user, sessionId: sid };
});

/** After an action ended this device's session: the response drops the cookie too. */
export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) if (jar.get(name)) jar.delete(name);
}

export const currentUser = cache(async (): Promise<CurrentUser | null> => (await currentSession())?.user ?? null);

/** The signed-in user, or a redirect to the login page that comes back to `next`. */
export async function requireUser(next = '/'): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/logowanie?next=${encodeURIComponent(next)}`);
  return user;
}

/** The signed-in user holding `permission`; anyone else gets the 404 page. */
export async function requirePermission(permission: Permission, next = '/'): Promise<CurrentUser> {
  const user = await requireUser(next);
  if (!can(user.roles, permission)) notFound();
  return user;
}
