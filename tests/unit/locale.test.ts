import { describe, expect, it } from 'vitest';
import { negotiate, resolveLocale } from '@/lib/i18n/locales';
import { pluralEn, pluralPl, pluralUk } from '@/lib/format/plural';
import { formatMoney } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';

describe('Accept-Language', () => {
  it.each([
    ['en-GB,en;q=0.9,pl;q=0.8', 'en'],
    ['de-DE,de;q=0.9', null],
    ['de;q=1,uk;q=0.7,en;q=0.5', 'uk'],
    ['pl;q=0.5,en;q=0.6', 'en'],
    ['en;q=0,pl', 'pl'],
    ['', null],
  ])('%s → %s', (header, want) => expect(negotiate(header)).toBe(want));
  it('profile, then cookie, then the browser, then Polish', () => {
    expect(resolveLocale({ profile: 'uk', cookie: 'en', acceptLanguage: 'pl' })).toBe('uk');
    expect(resolveLocale({ profile: null, cookie: 'en', acceptLanguage: 'uk' })).toBe('en');
    expect(resolveLocale({ cookie: 'xx', acceptLanguage: 'uk-UA' })).toBe('uk');
    expect(resolveLocale({})).toBe('pl');
  });
});

describe('plurals', () => {
  it.each([
    [1, 'konto'],
    [2, 'konta'],
    [4, 'konta'],
    [5, 'kont'],
    [12, 'kont'],
    [14, 'kont'],
    [22, 'konta'],
    [25, 'kont'],
    [0, 'kont'],
    [21, 'kont'],
  ])('pl %i %s', (n, w) => expect(pluralPl(n, 'konto', 'konta', 'kont')).toBe(w));
  it.each([
    [1, 'account'],
    [0, 'accounts'],
    [2, 'accounts'],
    [21, 'accounts'],
  ])('en %i %s', (n, w) => expect(pluralEn(n, 'account', 'accounts')).toBe(w));
  it.each([
    [1, 'one'],
    [2, 'few'],
    [4, 'few'],
    [5, 'many'],
    [11, 'many'],
    [12, 'many'],
    [14, 'many'],
    [21, 'one'],
    [22, 'few'],
    [25, 'many'],
    [101, 'one'],
    [111, 'many'],
    [0, 'many'],
  ])('uk %i %s', (n, w) => expect(pluralUk(n, 'one', 'few', 'many')).toBe(w));
});

describe('formatting per language', () => {
  it('money and dates follow the language', () => {
    expect(formatMoney(199900, 'PLN')).toBe('1999,00\u00a0zł');
    expect(formatMoney(199900, 'PLN', 'en')).toBe('PLN\u00a01,999.00');
    const d = new Date('2026-12-03T10:00:00Z');
    expect(formatDate(d)).toBe('3 grudnia 2026');
    expect(formatDate(d, 'en')).toBe('3 December 2026');
  });
});
