// Runs before every request (pages, actions, routes, static files): a fresh CSP nonce per
// request, handed to Next in the request's CSP header (Next reads it there and puts it on its
// own scripts; `x-nonce` for any script of ours) and set on the response with HSTS on https.
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/config/env';
import { newNonce, securityHeaders } from '@/lib/http/security-headers';

export function proxy(request: NextRequest) {
  const e = env();
  const nonce = newNonce();
  const headers = securityHeaders({
    nonce,
    appUrl: e.APP_URL,
    payuBaseUrl: e.PAYU_BASE_URL,
    dev: e.NODE_ENV === 'development',
  });
  const forwarded = new Headers(request.headers);
  forwarded.set('x-nonce', nonce);
  forwarded.set('Content-Security-Policy', headers['Content-Security-Policy']);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}

/**
 * Not for the routes that take a body to be counted (uploads, the PayU webhook): Next clones and
 * buffers every body that passes through a proxy (up to proxyClientMaxBodySize, 10 MB, and past
 * it hands on a silently cut body), which would undo the streaming limits of lib/http/body.ts.
 * They answer files, redirects or JSON, never a page, so they need no nonce; their fixed headers
 * come from next.config. Pinned by tests/unit/http/proxy-matcher.test.ts.
 */
export const config = {
  matcher: [
    '/((?!api/payu/notify|api/learning/(?:zalaczniki|media|lekcje/[^/]+/wideo)$|grupy/[^/]+/(?:lista|umowa|zaproszenia\\.pdf)$|panel/zajecia/sesje/[^/]+/materialy$|panel/umowy/wyciagi/wczytaj$|panel/jezyk/wiadomosci/[^/]+/wyslij$|strefa-sluchacza/wiadomosci/wyslij$|planer/szkoly/[^/]+/(?:szkola/umowa|uczniowie/import/plik)$).*)',
  ],
};
