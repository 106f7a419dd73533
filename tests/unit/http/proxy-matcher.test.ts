// The proxy (CSP nonces) must run for every page and never for the routes whose bodies are
// counted while streamed: Next buffers a body that passes through the proxy.
import { describe, expect, it } from 'vitest';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { config } from '@/proxy';

// Every route handler that reads a body with a limit, as a URL (dynamic segments filled in).
function bodyRoutes(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return bodyRoutes(p);
    if (e.name !== 'route.ts') return [];
    const source = readFileSync(p, 'utf8');
    if (!/export\s+(?:const|async\s+function)\s+(?:POST|PUT|PATCH)\b/.test(source)) return [];
    if (p.includes('[...') || p.startsWith(path.join('app', 'api', 'test'))) return [];
    return [
      '/' +
        path
          .dirname(path.relative('app', p))
          .split(path.sep)
          .filter((s) => !/^\(.*\)$/.test(s))
          .map((s) => (s.startsWith('[') ? 'abc123' : s))
          .join('/'),
    ];
  });
}

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

  it.each(bodyRoutes('app'))('stays out of the body-taking route %s', (url) => expect(runs(url)).toBe(false));
});
