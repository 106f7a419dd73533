import { describe, expect, it } from 'vitest';
import { TERMS_VERSION, needsTermsAcceptance } from '@/lib/auth/terms';
import { parseSeller } from '@/lib/invoices/seller';
import type { LegalContext } from '@/lib/legal/document';
import { currentVersion, findVersion, LEGAL_VERSIONS } from '@/lib/legal/registry';

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

  it('are listed oldest first, so the current one is the newest', () => {
    const dates = all.map((v) => v.effectiveFrom);
    expect([...dates].sort()).toEqual(dates);
    expect(currentVersion(kind).effectiveFrom).toBe(dates[dates.length - 1]);
  });

  it('render with the id and date they are registered under, with unique section anchors', () => {
    for (const v of all) {
      const doc = v.render(ctx);
      expect(doc).toMatchObject({ kind, version: v.version, effectiveFrom: v.effectiveFrom });
      expect(v.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const ids = [...doc.sections.map((s) => s.id), ...doc.annexes.map((a) => a.id)];
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('finds a version by id and nothing for an unknown one', () => {
    expect(findVersion(kind, all[0]!.version)).toBe(all[0]);
    expect(findVersion(kind, '1999-01-01')).toBeNull();
  });
});

describe('the terms in force', () => {
  it('are what registration and orders record as accepted', () => {
    expect(TERMS_VERSION).toBe(currentVersion('terms').version);
    expect(needsTermsAcceptance(TERMS_VERSION)).toBe(false);
    expect(needsTermsAcceptance('2026-11-01')).toBe(true);
    expect(needsTermsAcceptance(null)).toBe(true);
  });

  it('identify the seller fully and carry what the consumer rights act requires', () => {
    const doc = currentVersion('terms').render(ctx);
    const all = JSON.stringify(doc);
    for (const s of [ctx.seller.krs, ctx.seller.nip, ctx.seller.phone, ctx.seller.email, ctx.seller.complaintsEmail])
      expect(all).toContain(s);
    for (const phrase of ['art. 38 ust. 1 pkt 13', '14 dni', 'PayU S.A.', 'rzecznika konsumentów', 'Umowa powierzenia'])
      expect(all).toContain(phrase);
    expect(doc.annexes.map((a) => a.id)).toContain('formularz-odstapienia');
  });

  it('the privacy policy names PayU, the retention of invoices and the children’s data', () => {
    const all = JSON.stringify(currentVersion('privacy').render(ctx));
    for (const phrase of [
      'PayU S.A.',
      'art. 86 § 1 Ordynacji podatkowej',
      'art. 8 RODO',
      'art. 6 ust. 1 lit. b',
      'Prezesa Urzędu Ochrony Danych Osobowych',
    ])
      expect(all).toContain(phrase);
  });
});
