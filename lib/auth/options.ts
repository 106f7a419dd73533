// next-auth configuration: credentials only, stateless JWT sessions (any app instance can
// serve any request). The token carries the user id and the password version it was issued
// for; a password change bumps the version and ends every older session.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/config/env';
import { formatDateTime } from '@/lib/format/time';
import { authenticate } from './authenticate';
import { loginSchema } from './schemas';
import { clientIp } from '@/lib/http/client-ip';
import { safeRedirectUrl } from '@/lib/url';

export function authOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
    pages: { signIn: '/logowanie', error: '/logowanie' },
    providers: [
      CredentialsProvider({
        name: 'Planeta',
        credentials: { identifier: { type: 'text' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          const parsed = loginSchema.safeParse(credentials);
          if (!parsed.success) throw new Error('invalid');
          const result = await authenticate(parsed.data.identifier, parsed.data.password, clientIp(req?.headers));
          if (result.ok) return { id: result.user.id, sessionVersion: result.user.sessionVersion };
          if (result.reason === 'locked') throw new Error(`locked:${formatDateTime(result.until)}`);
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
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sv: token.sv } as typeof session;
      },
    },
  };
}
