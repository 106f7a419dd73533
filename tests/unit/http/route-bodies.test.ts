// Every route handler reads its body through lib/http's limited readers, with its own limit, or
// refuses one: a direct request.json()/formData()/text()/arrayBuffer()/blob() would read an
// unbounded body into memory (docs/security-limits.md).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyTooLarge, readJsonLimited, refuseBody, BodyTooLarge } from '@/lib/http/body';

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(p);
    return e.name === 'route.ts' ? [p] : [];
  });
}
const FILES = [...routeFiles('app'), 'proxy.ts'];
const DIRECT = /\b(?:req|request)\s*\.\s*(?:json|formData|text|arrayBuffer|blob)\s*\(|\.body\s*\.\s*getReader\s*\(/;
const LIMITED = /\b(?:readBodyLimited|readTextLimited|readJsonLimited|jsonBody|readForm|formFile|refuseBody)\b/;
// Handlers whose body is read by a helper of their area (each with the limited reader inside).
const DELEGATED: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts': 'NextAuth reads the sign-in form (docs/security-limits.md)',
  'app/grupy/[id]/lista/route.ts': 'groupUploadRoute → formFile (lib/groups/http.ts)',
  'app/grupy/[id]/umowa/route.ts': 'groupUploadRoute → formFile (lib/groups/http.ts)',
  'app/strefa-sluchacza/wiadomosci/wyslij/route.ts': 'postOfficeMessage → readForm (lib/language/office/http.ts)',
  'app/panel/jezyk/wiadomosci/[learnerId]/wyslij/route.ts':
    'postOfficeMessage → readForm (lib/language/office/http.ts)',
};
const TAKES_BODY = /export\s+(?:const|async\s+function)\s+(?:POST|PUT|PATCH|DELETE)\b/;

describe('route handlers read bodies only through the limited readers', () => {
  it.each(FILES)('%s never reads a body directly', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source.match(DIRECT)?.[0] ?? null).toBeNull();
  });

  it.each(FILES.filter((f) => TAKES_BODY.test(readFileSync(f, 'utf8'))))(
    '%s reads its body with a limit or refuses one',
    (file) => {
      const source = readFileSync(file, 'utf8');
      expect(LIMITED.test(source) || file in DELEGATED).toBe(true);
    },
  );

  it('the delegating helpers use the limited readers themselves', () => {
    for (const helper of ['lib/groups/http.ts', 'lib/language/office/http.ts']) {
      const source = readFileSync(helper, 'utf8');
      expect(LIMITED.test(source)).toBe(true);
      expect(DIRECT.test(source)).toBe(false);
    }
  });

  it('the check sees a direct read', () => {
    expect(DIRECT.test('const x = await request.json();')).toBe(true);
    expect(DIRECT.test('await req.formData().catch(() => null)')).toBe(true);
    expect(DIRECT.test('await readJsonLimited(request, 4096)')).toBe(false);
  });
});

describe('refuseBody and readJsonLimited', () => {
  const post = (headers: Record<string, string>, body?: string) =>
    new Request('http://x/', { method: 'POST', headers, body });

  it('refuses a declared or chunked body, lets an empty one through', () => {
    expect(refuseBody(post({ 'content-length': '5' }))?.status).toBe(413);
    expect(refuseBody(post({ 'transfer-encoding': 'chunked' }))?.status).toBe(413);
    expect(refuseBody(post({}))).toBeNull();
    expect(refuseBody(post({ 'content-length': '0' }))).toBeNull();
  });

  it('refuses a JSON body over its limit by Content-Length before reading, and parses one under it', async () => {
    let pulled = 0;
    const stream = new ReadableStream({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(1024));
      },
    });
    const big = new Request('http://x/', {
      method: 'POST',
      headers: { 'content-length': String(10 * 1024 * 1024) },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expect(readJsonLimited(big, 4096)).rejects.toBeInstanceOf(BodyTooLarge);
    expect(pulled).toBeLessThanOrEqual(1); // a stream may pre-pull one chunk; the reader never asked
    expect(await readJsonLimited(post({}, '{"reset":true}'), 4096)).toEqual({ reset: true });
    expect(await readJsonLimited(post({}, 'not json'), 4096)).toBeNull();
    expect(bodyTooLarge().status).toBe(413);
  });
});
