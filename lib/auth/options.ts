// next-auth configuration: credentials only, JWT cookies that name a session row
// (lib/auth/sessions.ts). A login opens the row, a logout revokes it; lib/auth/session.ts checks
// it on every request, so a cookie copied before logout is refused after it.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/config/env';
import { authenticate } from './authenticate';
import { authSchemas } from './schemas';
import { clientIp } from '@/lib/http/client-ip';
import { safeRedirectUrl } from '@/lib/url';
import { openSession, revokeSession, SESSION_MAX_AGE_S } from './sessions';

type Headers = Record<string, string | string[] | undefined> | undefined;
const header = (h: Headers, name: string) => {
  const v = h?.[name];
  return Array.isArray(v) ? v[0] : v;
};

export function authOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: '/logowanie', error: '/logowanie' },
    providers: [
      CredentialsProvider({
        name: 'Planeta',
        credentials: { identifier: { type: 'text' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          const parsed = authSchemas().loginSchema.safeParse(credentials);
          if (!parsed.success) throw new Error('invalid');
          const ip = clientIp(req?.headers);
          const result = await authenticate(parsed.data.identifier, parsed.data.password, ip);
          if (result.ok) {
            const userAgent = header(req?.headers, 'user-agent');
            return { id: result.user.id, sid: await openSession({ userId: result.user.id, userAgent, ip }) };
          }
          // The instant travels as ISO: the form writes it in the reader's language.
          if (result.reason === 'locked') throw new Error(`locked:${result.until.toISOString()}`);
          if (result.reason === 'blocked') throw new Error('blocked');
          throw new Error('invalid');
        },
      }),
    ],
    callbacks: {
      redirect: ({ url, baseUrl }) => safeRedirectUrl(url, baseUrl),
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sid = (user as { sid?: string }).sid;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub } as typeof session;
      },
    },
    events: {
      // next-auth decodes the cookie being signed out and hands it here: its row ends now, so a
      // copy of the cookie made before is refused from this moment.
      async signOut({ token }) {
        if (token?.sub && typeof token.sid === 'string') await revokeSession(token.sub, token.sid);
      },
    },
  };
}
