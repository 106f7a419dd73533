// Malformed identifiers in the address answer 404 before anything reads them (a NUL byte used to
// reach PostgreSQL and come back as a 500).
import { describe, expect, it } from 'vitest';
import { parseId, validSegment } from '@/lib/http/ids';

const MALFORMED = ['a\u0000b', 'x'.repeat(65), "c1'; drop", 'ab/cd', 'ąę', ''];

describe('parseId', () => {
  it.each(['clx2v9k0a0000qz8h3f1d2e3f', '3f1c0a4e-9b2d-4c1e-8f00-123456789abc', 'demo-group_1'])('accepts %s', (id) =>
    expect(parseId(id)).toBe(id),
  );
  it.each(MALFORMED)('refuses %j', (id) => expect(parseId(id)).toBeNull());
});

describe('validSegment', () => {
  it('checks ids by name, indexes as digits, other segments for control characters and length', () => {
    expect(validSegment('uploadId', 'clx2v9k0a0000qz8h3f1d2e3f')).toBe(true);
    expect(validSegment('uploadId', 'a\u0000')).toBe(false);
    expect(validSegment('n', '2')).toBe(true);
    expect(validSegment('n', '2x')).toBe(false);
    expect(validSegment('slug', 'excel-od-podstaw')).toBe(true);
    expect(validSegment('number', 'PL-ABCD-1234')).toBe(true);
    expect(validSegment('token', 'ab\u0000cd')).toBe(false);
    expect(validSegment('number', 'AB%00CD')).toBe(false);
    expect(validSegment('number', 'AB%E0CD')).toBe(false);
    expect(validSegment('version', 'v'.repeat(201))).toBe(false);
  });
});

const nul = 'c\u0000x';
const ctx = <P>(p: P) => ({ params: Promise.resolve(p) });
const isNotFound = (e: unknown) => String((e as { digest?: string }).digest ?? '').includes('404');

describe('malformed ids give 404 on routes and pages', () => {
  it.each([
    ['app/zamowienia/[id]/faktura/route', { id: nul }],
    ['app/zamowienia/[id]/regulamin.pdf/route', { id: nul }],
    ['app/grupy/[id]/zaswiadczenia.zip/route', { id: 'x'.repeat(100) }],
    ['app/grupy/[id]/raport/[reportId]/raport.pdf/route', { id: 'g1', reportId: nul }],
    ['app/panel/poczta/[id]/zalacznik/[n]/route', { id: 'm1', n: '1\u0000' }],
    ['app/api/zamowienia/[id]/status/route', { id: nul }],
  ])('%s answers 404', { timeout: 60_000 }, async (path, params) => {
    const mod = (await import(`@/${path}`)) as { GET: (r: Request, c: unknown) => Promise<Response> };
    const res = await mod.GET(new Request('http://x/'), ctx(params));
    expect(res.status).toBe(404);
  });

  it('the upload routes answer 404 before reading the body', { timeout: 60_000 }, async () => {
    const { POST } = await import('@/app/grupy/[id]/lista/route');
    const res = await POST(new Request('http://x/', { method: 'POST', body: 'x' }), ctx({ id: nul }));
    expect(res.status).toBe(404);
  });

  it.each([
    ['app/grupy/[id]/page', { id: nul }],
    ['app/zamowienia/[id]/page', { id: nul }],
    ['app/nauka/[slug]/lekcje/[lessonId]/page', { slug: 'excel', lessonId: nul }],
    ['app/kursy/[slug]/page', { slug: 'a\u0000' }],
  ])('%s renders the 404 page', { timeout: 60_000 }, async (path, params) => {
    const mod = (await import(`@/${path}`)) as { default: (p: unknown) => Promise<unknown> };
    const error = await mod.default({ ...ctx(params), searchParams: Promise.resolve({}) }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isNotFound(error)).toBe(true);
  });
});
