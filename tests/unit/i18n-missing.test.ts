// The missing texts report: per language, how many Polish keys each area still lacks (printed in
// npm test's output), and a failure when an English area file that exists lacks a key.
import { describe, expect, it } from 'vitest';
import { pl } from '@/lib/i18n/pl';
import { en } from '@/lib/i18n/en';
import { uk } from '@/lib/i18n/uk';
import { missingKeys, withFallback } from '@/lib/i18n/fallback';
import { messages } from '@/lib/i18n';

const areas = Object.keys(pl).filter((k) => typeof (pl as Record<string, unknown>)[k] === 'object');

function report(name: string, partial: object) {
  const rows = areas.map((a) => ({
    area: a,
    present: a in partial,
    missing: missingKeys((pl as Record<string, unknown>)[a], (partial as Record<string, unknown>)[a]).length,
  }));
  const total = missingKeys(pl, partial).length;
  const untranslated = rows.filter((r) => !r.present).map((r) => r.area);
  console.log(
    `[missing texts] ${name}: ${total} of ${missingKeys(pl, {}).length} keys fall back to Polish; ` +
      `areas not yet translated (${untranslated.length}): ${untranslated.join(', ')}`,
  );
  return rows;
}

describe('missing texts report', () => {
  it('English area files present are complete', () => {
    const incomplete = report('en', en).filter((r) => r.present && r.missing > 0);
    expect(incomplete).toEqual([]);
  });
  it('Ukrainian area files present are complete', () => {
    const incomplete = report('uk', uk).filter((r) => r.present && r.missing > 0);
    expect(incomplete).toEqual([]);
  });
});

describe('fallback', () => {
  it('shows the translation where there is one and Polish per missing key, never the key', () => {
    const m = withFallback(pl, { nav: { login: 'Sign in' } } as never, 'test');
    expect(m.nav.login).toBe('Sign in');
    expect(m.nav.logout).toBe(pl.nav.logout);
    expect(messages('en').nav.login).not.toBe(pl.nav.login);
    expect(messages('xx').nav.login).toBe(pl.nav.login);
  });
  it('lists the missing keys by path', () => {
    expect(missingKeys({ a: { b: 'x', c: 'y' }, d: 'z' }, { a: { b: 'X' } })).toEqual(['a.c', 'd']);
  });
});
