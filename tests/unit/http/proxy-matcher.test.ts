// The proxy (CSP nonces) must run for every page and never for the routes whose bodies are
// counted while streamed: Next buffers a body that passes through the proxy.
import { describe, expect, it } from 'vitest';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { config } from '@/proxy';

const runs = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe('the proxy matcher', () => {
  it.each([
    '/',
    '/kursy',
    '/grupy/abc123',
    '/grupy/abc123/lista/up1',
    '/grupy/abc123/umowa/ag1',
    '/grupy/abc123/umowa-projekt',
    '/panel/zamowienia',
    '/zamowienia/o1',
    '/api/auth/callback/credentials',
  ])('runs for %s', (url) => expect(runs(url)).toBe(true));

  it.each(['/api/payu/notify', '/api/learning/zalaczniki', '/grupy/abc123/lista', '/grupy/abc123/umowa'])(
    'stays out of %s, whose body is counted while streamed',
    (url) => expect(runs(url)).toBe(false),
  );
});
