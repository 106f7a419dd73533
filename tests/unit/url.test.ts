// Redirect targets and lesson links from outside: every form a browser could read as another
// site is refused by the one normaliser (lib/url sitePath), whatever calls it.
import { describe, expect, it } from 'vitest';
import { safeRedirect, safeRedirectUrl, sitePath } from '@/lib/url';

const HOSTILE = [
  '//evil.com',
  '/\\evil.com',
  '\\\\evil.com',
  '/%5Cevil.com',
  '/%5cevil.com',
  '/%2F/evil.com',
  '/%2f%2fevil.com',
  '/%252F/evil.com',
  '/%25255Cevil.com',
  '\t//evil.com',
  ' //evil.com',
  '/\t/evil.com',
  '/\n/evil.com',
  '/\r/evil.com',
  '/ /evil.com',
  '/%09/evil.com',
  '/%0A/evil.com',
  '/\u0000/evil.com',
  '/\u00a0/evil.com',
  '/\u200b/evil.com',
  '/\u2028/evil.com',
  '/.//evil.com',
  '/./\\evil.com',
  '/%E0%A4%A',
  'https://evil.com',
  'http:evil.com',
  'https:/\\evil.com',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'evil.com',
  '',
  `/${'a'.repeat(3000)}`,
];

describe('safeRedirect', () => {
  it.each(HOSTILE)('refuses %j and goes to the fallback', (next) => {
    expect(safeRedirect(next, '/moje-kursy')).toBe('/moje-kursy');
    expect(sitePath(next)).toBeNull();
  });

  it.each([
    ['/ok?x=1', '/ok?x=1'],
    ['/', '/'],
    ['/moje-kursy', '/moje-kursy'],
    ['/nauka/angielski#lekcja-2', '/nauka/angielski#lekcja-2'],
    ['/konto/pierwsze-logowanie?next=%2Fmoje-kursy', '/konto/pierwsze-logowanie?next=%2Fmoje-kursy'],
    ['/regulamin/2026-12-15', '/regulamin/2026-12-15'],
    ['/a/../panel', '/panel'],
    ['/kursy/żółw', '/kursy/%C5%BC%C3%B3%C5%82w'],
  ])('keeps the site path %j (as %j)', (next, path) => {
    expect(safeRedirect(next)).toBe(path);
  });

  it('falls back when there is no target at all', () => {
    expect(safeRedirect(undefined)).toBe('/');
    expect(safeRedirect(null, '/x')).toBe('/x');
  });
});

describe('safeRedirectUrl (next-auth callback)', () => {
  const base = 'http://localhost:3000';
  it.each([
    ['/moje-kursy', `${base}/moje-kursy`],
    [`${base}/logowanie?wylogowano=1`, `${base}/logowanie?wylogowano=1`],
    ['https://evil.com/x', `${base}/`],
    ['http://localhost:3001/x', `${base}/`],
    [`${base}//evil.com`, `${base}/`],
    [`${base}/\\evil.com`, `${base}/`],
    ['/\\evil.com', `${base}/`],
    ['\t//evil.com', `${base}/`],
    ['javascript:alert(1)', `${base}/`],
  ])('%j becomes %j', (url, expected) => {
    expect(safeRedirectUrl(url, base)).toBe(expected);
  });
});
