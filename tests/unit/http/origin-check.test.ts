// Every way in that changes state checks the request's Origin in one of two places: route
// handlers through lib/http crossSite, server actions through the formAction wrapper. This file
// pins the rule itself and that no handler or action is built around it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

function walk(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.posix.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : walk(rel, keep);
    return keep(rel) ? [rel] : [];
  });
}

/** Handlers that may change state without the Origin check, each with its reason. */
const EXEMPT: Record<string, string> = {
  'app/api/payu/notify/route.ts': 'server-to-server webhook, authenticated by its signature',
  'app/api/test/clock/route.ts': 'test-only control (404 unless TEST_CLOCK), called by the harness',
  'app/api/test/przypomnienia/route.ts': 'test-only control (404 outside e2e), called by the harness',
  'app/api/test/raporty-koncowe/route.ts': 'test-only control (404 outside e2e), called by the harness',
  'app/api/test/zajecia/route.ts': 'test-only control (404 unless TEST_CLOCK), called by the harness',
  'app/api/test/rozliczenia/route.ts': 'test-only control (404 unless TEST_CLOCK), called by the harness',
};

const STATE_CHANGING =
  /export\s+(async\s+function|function|const)\s+(POST|PUT|PATCH|DELETE)\b|as\s+(POST|PUT|PATCH|DELETE)\b/;
const CHECKS_ORIGIN = /\bcrossSite\(|\bgroupUploadRoute\(/;

/** The route files that change state yet never check the Origin. */
export const unguardedRoutes = (files: Record<string, string>) =>
  Object.entries(files)
    .filter(([file, src]) => STATE_CHANGING.test(src) && !CHECKS_ORIGIN.test(src) && !(file in EXEMPT))
    .map(([file]) => file);

/** Server-action files that export something not built on formAction. */
export const unwrappedActions = (files: Record<string, string>) =>
  Object.entries(files).flatMap(([file, src]) =>
    [...src.matchAll(/^export\s+(?:async\s+)?(?:const|function|let)\s+(\w+)\s*(=\s*(\w+))?/gm)]
      .filter((m) => m[3] !== 'formAction')
      .map((m) => `${file}: ${m[1]}`),
  );

const read = (files: string[]) => Object.fromEntries(files.map((f) => [f, readFileSync(path.join(root, f), 'utf8')]));

describe('every state-changing entry point checks the Origin', () => {
  const routes = read(walk('app', (f) => f.endsWith('/route.ts')));
  const actions = Object.fromEntries(
    Object.entries(read(walk('lib', (f) => f.endsWith('.ts')).concat(walk('app', (f) => /\.tsx?$/.test(f))))).filter(
      ([, src]) => /^'use server';/m.test(src),
    ),
  );

  it('route handlers: every POST/PUT/PATCH/DELETE calls crossSite (or the upload wrapper built on it)', () => {
    expect(Object.keys(routes).filter((f) => STATE_CHANGING.test(routes[f])).length).toBeGreaterThan(5);
    expect(unguardedRoutes(routes)).toEqual([]);
  });

  it('the exemptions still exist (a renamed webhook does not keep a stale pass)', () => {
    for (const file of Object.keys(EXEMPT)) expect(Object.keys(routes)).toContain(file);
  });

  it('server actions: every export of a "use server" file is built on formAction', () => {
    expect(Object.keys(actions).length).toBeGreaterThan(10);
    expect(unwrappedActions(actions)).toEqual([]);
  });

  it('the scanners catch a synthetic breach', () => {
    expect(unguardedRoutes({ 'app/x/route.ts': 'export async function POST(req: Request) { return ok(); }' })).toEqual([
      'app/x/route.ts',
    ]);
    expect(unguardedRoutes({ 'app/y/route.ts': 'export { handler as GET, handler as DELETE };' })).toEqual([
      'app/y/route.ts',
    ]);
    expect(
      unwrappedActions({ 'lib/actions/z.ts': "'use server';\nexport async function raw(form: FormData) {}" }),
    ).toEqual(['lib/actions/z.ts: raw']);
  });
});

describe('foreignOrigin', () => {
  beforeAll(() => {
    process.env.APP_URL = 'https://planeta.example/';
    process.env.DATABASE_URL ??= 'postgres://localhost/unit';
    process.env.AUTH_SECRET ??= 'unit-secret-unit-secret-unit-secret-xx';
  });

  it.each([
    [null, true],
    ['', true],
    ['null', true],
    ['https://evil.example', true],
    ['http://planeta.example', true],
    ['https://planeta.example:8443', true],
    ['https://planeta.example.evil.example', true],
    ['https://planeta.example/', true],
    ['https://planeta.example', false],
  ])('Origin %j is foreign: %s', async (origin, foreign) => {
    const { foreignOrigin, crossSite } = await import('@/lib/http/route');
    expect(foreignOrigin(origin)).toBe(foreign);
    const headers: Record<string, string> = origin === null ? {} : { origin };
    expect(crossSite(new Request('https://planeta.example/x', { method: 'POST', headers }))).toBe(foreign);
  });
});
