// The legal registry: which version is in force on a Warsaw day, which is announced, what a
// person must accept, and that every version renders the clauses the law asks for.
import { describe, expect, it } from 'vitest';
import { needsTermsAcceptance, termsVersionInForce } from '@/lib/auth/terms';
import { parseSeller } from '@/lib/invoices/seller';
import type { LegalContext, LegalVersion } from '@/lib/legal/document';
import {
  currentVersion,
  findVersion,
  inForceAmong,
  latestVersion,
  LEGAL_VERSIONS,
  upcomingAmong,
  upcomingVersion,
} from '@/lib/legal/registry';
import { familyCancellationText } from '@/lib/legal/terms/family-cancellation';

const ctx: LegalContext = {
  seller: parseSeller({}),
  urls: {
    site: 'https://planeta.test/',
    terms: 'https://planeta.test/regulamin',
    privacy: 'https://planeta.test/prywatnosc',
    familyTerms: 'https://planeta.test/rodzina/regulamin',
    complaints: 'https://planeta.test/reklamacje',
    contact: 'https://planeta.test/kontakt',
  },
};

describe.each(['terms', 'privacy'] as const)('the %s versions', (kind) => {
  const all = LEGAL_VERSIONS[kind];

  it('have unique ids and unique effective dates', () => {
    expect(new Set(all.map((v) => v.version)).size).toBe(all.length);
    expect(new Set(all.map((v) => v.effectiveFrom)).size).toBe(all.length);
  });

  it('are listed oldest first, so the latest published one is the last', () => {
    const dates = all.map((v) => v.effectiveFrom);
    expect([...dates].sort()).toEqual(dates);
    expect(latestVersion(kind).effectiveFrom).toBe(dates[dates.length - 1]);
  });

  it('are in force on their effective day (Warsaw) and announced before it', () => {
    const last = all[all.length - 1]!;
    const [y, m, d] = last.effectiveFrom.split('-').map(Number);
    // 23:30 UTC the day before is 00:30 in Warsaw (CET): already the effective day.
    const dayBefore = new Date(Date.UTC(y!, m! - 1, d! - 1, 12));
    const firstMinute = new Date(Date.UTC(y!, m! - 1, d! - 1, 23, 30));
    expect(currentVersion(kind, dayBefore)).toBe(all[all.length - 2]);
    expect(upcomingVersion(kind, dayBefore)).toBe(last);
    expect(currentVersion(kind, firstMinute)).toBe(last);
    expect(upcomingVersion(kind, firstMinute)).toBeNull();
  });

  it('render with the id and date they are registered under, with unique section anchors', () => {
    for (const v of all) {
      const doc = v.render(ctx);
      expect(doc).toMatchObject({ kind, version: v.version, effectiveFrom: v.effectiveFrom });
      expect(v.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // 'co-sie-zmienia' is the page's own anchor for the list of changes.
      const ids = ['co-sie-zmienia', ...doc.sections.map((s) => s.id), ...doc.annexes.map((a) => a.id)];
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('finds a version by id and nothing for an unknown one', () => {
    expect(findVersion(kind, all[0]!.version)).toBe(all[0]);
    expect(findVersion(kind, '1999-01-01')).toBeNull();
  });
});

const v = (id: string): LegalVersion => ({
  kind: 'terms',
  version: id,
  effectiveFrom: id,
  render: () => null as never,
});
const versions = [v('2026-11-01'), v('2026-12-01'), v('2026-12-15')];

describe('the version in force among versions effective from a Warsaw day', () => {
  it.each([
    ['before the first version: the first', '2026-10-15T12:00:00Z', '2026-11-01', '2026-12-15'],
    [
      'on the first day at 00:30 Warsaw (23:30 UTC the day before, CET)',
      '2026-10-31T23:30:00Z',
      '2026-11-01',
      '2026-12-15',
    ],
    ['the last evening before the second', '2026-11-30T22:59:00Z', '2026-11-01', '2026-12-15'],
    ['from midnight Warsaw of the second', '2026-11-30T23:00:00Z', '2026-12-01', '2026-12-15'],
    ['between publication and the effective day', '2026-12-10T09:00:00Z', '2026-12-01', '2026-12-15'],
    ['on the effective day of the newest', '2026-12-15T08:00:00Z', '2026-12-15', null],
    ['long after', '2027-06-01T08:00:00Z', '2026-12-15', null],
  ])('%s', (_name, at, inForce, upcoming) => {
    const now = new Date(at);
    expect(inForceAmong(versions, now).version).toBe(inForce);
    expect(upcomingAmong(versions, now)?.version ?? null).toBe(upcoming);
  });

  it('summer time: 22:30 UTC on 30 June is already 1 July in Warsaw (CEST)', () => {
    const summer = [v('2027-06-01'), v('2027-07-01')];
    expect(inForceAmong(summer, new Date('2027-06-30T21:59:00Z')).version).toBe('2027-06-01');
    expect(inForceAmong(summer, new Date('2027-06-30T22:30:00Z')).version).toBe('2027-07-01');
  });
});

describe('terms acceptance', () => {
  it('records the version in force at the moment of registration or ordering', () => {
    expect(termsVersionInForce(new Date('2026-12-05T10:00:00Z'))).toBe('2026-12-01');
    expect(termsVersionInForce(new Date('2026-12-15T10:00:00Z'))).toBe('2026-12-15');
  });

  it.each([
    [null, true],
    ['', true],
    ['1999-01-01', true],
    ['2026-11-01', true],
    ['2026-12-01', true],
    [latestVersion('terms').version, false],
  ])('a person who accepted %o is asked to accept the newest published terms: %s', (accepted, asked) => {
    expect(needsTermsAcceptance(accepted)).toBe(asked);
  });
});

describe('the parents’ terms page follows the terms version', () => {
  it.each([
    ['2026-11-01', false],
    ['2026-12-01', false],
    ['2026-12-15', true],
  ])('version %s describes the §5.3 set-off: %s', (version, setOff) => {
    const text = familyCancellationText(version);
    expect(text.siblingSetOff !== null).toBe(setOff);
    expect(text.withdrawal.includes('zwracamy całą opłatę')).toBe(!setOff);
  });
});

describe('the newest terms', () => {
  it('identify the seller fully and carry what the consumer rights act requires', () => {
    const doc = latestVersion('terms').render(ctx);
    const all = JSON.stringify(doc);
    for (const s of [ctx.seller.krs, ctx.seller.nip, ctx.seller.phone, ctx.seller.email, ctx.seller.complaintsEmail])
      expect(all).toContain(s);
    for (const phrase of ['art. 38 ust. 1 pkt 13', '14 dni', 'PayU S.A.', 'rzecznika konsumentów', 'Umowa powierzenia'])
      expect(all).toContain(phrase);
    expect(doc.annexes.map((a) => a.id)).toEqual(['formularz-wypowiedzenia', 'formularz-odstapienia']);
    for (const phrase of [
      'art. 498 Kodeksu cywilnego',
      'rozdziału 5b u.p.k.',
      'co najmniej 14 dni przed',
      '„Zamawiam i płacę”',
    ])
      expect(all).toContain(phrase);
    expect(doc.changes?.length).toBeGreaterThan(0);
  });

  it('are published at least 14 days before they take effect (the previous version was in force on publication)', () => {
    const all = LEGAL_VERSIONS.terms;
    const [prev, last] = [all[all.length - 2]!, all[all.length - 1]!];
    const days = (Date.parse(last.effectiveFrom) - Date.parse(prev.effectiveFrom)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(14);
  });

  it('the privacy policy names PayU, the retention of invoices and the children’s data', () => {
    const all = JSON.stringify(latestVersion('privacy').render(ctx));
    for (const phrase of [
      'PayU S.A.',
      'art. 86 § 1 Ordynacji podatkowej',
      'art. 8 RODO',
      'art. 6 ust. 1 lit. b',
      'Prezesa Urzędu Ochrony Danych Osobowych',
      'art. 6 ust. 1 lit. c',
      'art. 6 ust. 1 lit. f',
      'dostawca usługi wysyłki poczty elektronicznej',
      'Europejskim Obszarze Gospodarczym',
    ])
      expect(all).toContain(phrase);
  });
});
