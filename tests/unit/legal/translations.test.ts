// The courtesy translations of the legal texts: each follows its Polish original section by
// section and clause by clause (same anchors, same numbering, so "§ 9(5)" points to the same
// clause), is in English, and is offered only to a reader of English, with the original kept.
import { describe, expect, it } from 'vitest';
import { parseSeller } from '@/lib/invoices/seller';
import type { Clause, LegalContext, LegalDocument } from '@/lib/legal/document';
import { LEGAL_VERSIONS } from '@/lib/legal/registry';
import { legalPage } from '@/lib/legal/pages';

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

const shape = (d: LegalDocument) => ({
  sections: d.sections.map((s) => ({
    id: s.id,
    later: Boolean(s.later),
    clauses: s.clauses.map((c: Clause) => (typeof c === 'string' ? 0 : c.points.length)),
  })),
  annexes: d.annexes.map((a) => [a.id, a.lines.length]),
  changes: d.changes?.length ?? 0,
  intro: Boolean(d.intro),
});

const allText = (d: LegalDocument) =>
  [
    d.title,
    d.intro ?? '',
    ...(d.changes ?? []),
    ...d.sections.flatMap((s) => [
      s.title,
      ...s.clauses.flatMap((c) => (typeof c === 'string' ? [c] : [c.text, ...c.points])),
    ]),
    ...d.annexes.flatMap((a) => [a.title, ...a.lines]),
  ].join('\n');

const translated = Object.values(LEGAL_VERSIONS)
  .flat()
  .filter((v) => v.translations?.en)
  .map((v) => [`${v.kind} ${v.version}`, v] as const);

describe('courtesy translations', () => {
  it('exist for the terms and the privacy policy a person accepts now', () => {
    expect(translated.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'terms 2026-12-01',
        'privacy 2026-12-01',
        'terms 2026-12-15',
        'privacy 2026-12-15',
        'privacy 2026-12-16',
      ]),
    );
  });

  it.each(translated)('%s follows the Polish original clause by clause', (_name, v) => {
    const original = v.render(ctx);
    const english = v.translations!.en!(ctx);
    expect(shape(english)).toEqual(shape(original));
    expect(english.version).toBe(original.version);
  });

  it.each(translated)('%s is in English: no Polish words outside names and addresses', (_name, v) => {
    const text = allText(v.translations!.en!(ctx));
    // Polish letters only in proper names (the seller's data, Polish institutions named as such).
    const polishWords = text.match(/\p{L}*[ąćęłńóśźż]\p{L}*/giu) ?? [];
    const allowed = /^(Grunwaldzka|Poznań|Konsumentów|Polskich|Łódź|Kraków|Gdańsk|Warszawa)$/u;
    const seller = allText(v.render(ctx)).includes(ctx.seller.name) ? ctx.seller : null;
    const sellerWords = new Set(
      [seller?.name, ...(seller?.addressLines ?? []), seller?.registryCourt]
        .join(' ')
        .split(/[\s,]+/)
        .filter(Boolean),
    );
    const foreign = polishWords.filter((w) => !allowed.test(w) && ![...sellerWords].some((s) => s.includes(w)));
    expect(foreign).toEqual([]);
  });

  it('is given to a reader of English only, with the Polish original', () => {
    // legalPage fills the addresses from the configuration.
    process.env.APP_URL ??= 'https://planeta.example/';
    process.env.DATABASE_URL ??= 'postgresql://unit@localhost/unit';
    process.env.AUTH_SECRET ??= 'unit-secret-unit-secret-unit-secret-xx';
    const at = new Date('2026-12-20T12:00:00Z');
    const en = legalPage('terms', '2026-12-15', at, 'en')!;
    expect(en.translation?.title).toBe('Terms of sale and provision of services of the Planeta platform');
    expect(en.document.title).toBe('Regulamin sprzedaży i świadczenia usług platformy Planeta');
    expect(legalPage('terms', '2026-12-15', at, 'pl')!.translation).toBeNull();
    expect(legalPage('terms', '2026-12-15', at, 'uk')!.translation).toBeNull();
    expect(legalPage('terms', '2026-11-01', at, 'en')!.translation).toBeNull();
    const privacy = legalPage('privacy', '2026-12-16', at, 'en')!;
    expect(privacy.translation?.title).toBe('Privacy policy of the Planeta platform');
    expect(privacy.document.title).toBe('Polityka prywatności platformy Planeta');
  });

  it('states the same retention periods as the Polish policy, taken from the one table', () => {
    const pl = LEGAL_VERSIONS.privacy.find((v) => v.version === '2026-12-16')!;
    const points = (d: LegalDocument) => {
      const c = d.sections.find((s) => s.id === 'okresy')!.clauses[0]!;
      return typeof c === 'string' ? [] : c.points;
    };
    const numbers = (p: string) => (p.match(/\d+/g) ?? []).join(' ');
    const english = points(pl.translations!.en!(ctx));
    const polish = points(pl.render(ctx));
    expect(english).toHaveLength(polish.length);
    // "rok"/"dobę" are "one year"/"one day" in English: compare the numbers written as digits.
    const digits = (p: string) => numbers(p.replace(/\b(one|a) (year|day|hour)\b/g, ''));
    expect(english.map(digits)).toEqual(
      polish.map((p) => numbers(p.replace(/(?<![\p{L}])(rok|roku|dobę|godzinę)(?![\p{L}])/gu, ''))),
    );
    expect(english.join(' ')).toContain('messages from the contact form — one year from sending the message');
  });
});

describe.each(['2026-12-01', '2026-12-15'])('the privacy policy %s in English', (version) => {
  it('states the same retention periods as the Polish text, point by point', () => {
    const v = LEGAL_VERSIONS.privacy.find((p) => p.version === version)!;
    const points = (d: LegalDocument) => {
      const c = d.sections.find((s) => s.id === 'okresy')!.clauses[0]!;
      return typeof c === 'string' ? [] : c.points;
    };
    // Numbers as digits only: "rok"/"dobę"/"godzinę" are "one year"/"one day"/"one hour".
    const numbers = (p: string) => (p.match(/\d+/g) ?? []).join(' ');
    const english = points(v.translations!.en!(ctx)).map((p) => numbers(p.replace(/\b(one|a) (year|day|hour)\b/g, '')));
    const polish = points(v.render(ctx)).map((p) =>
      numbers(p.replace(/(?<![\p{L}])(rok|roku|dobę|godzinę)(?![\p{L}])/gu, '')),
    );
    expect(english).toEqual(polish);
  });
});
