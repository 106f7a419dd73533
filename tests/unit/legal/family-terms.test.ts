// The terms of subject packages for children (/rodzina/regulamin): the English courtesy
// translation follows the Polish original section by section and sentence by sentence, its
// amounts come from the same constants, and a reader of another language gets it above the
// binding Polish original, while a Polish reader gets the Polish text alone.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FamilyTermsView, familyTermsWording } from '@/components/legal/family-terms';
import { EXAM_FEE_PLN, EXTRA_SUBJECT_FEE_PLN, POLISH_GROUP_LESSONS_PLN } from '@/lib/families/rules/add-ons';
import { PACKAGE_CODES, PACKAGES } from '@/lib/families/rules/packages';
import { SIBLING_DISCOUNT } from '@/lib/families/rules/sibling-discount';
import { CURRENCIES, formatMoney } from '@/lib/format/money';
import { familyTermsEn } from '@/lib/legal/terms/family-terms.en';
import { FAMILY_TERMS_SECTIONS, familyTermsPl, type FamilyTermsWording } from '@/lib/legal/terms/family-terms';
import { LEGAL_VERSIONS } from '@/lib/legal/registry';
import { familyCancellationText } from '@/lib/legal/terms/family-cancellation';
import { familyCancellationTextEn } from '@/lib/legal/terms/family-cancellation.en';

const TERMS_VERSIONS = LEGAL_VERSIONS.terms.map((v) => v.version);

/** Sentences: a full stop followed by a capital letter starts the next one. */
const sentences = (text: string) => text.split(/(?<=\.)\s+(?=\p{Lu})/u).length;

/** The numbers of a text as values: "2399,20" in Polish and "2,399.20" in English are both 2399.2. */
const numbers = (text: string, locale: 'pl' | 'en') => {
  const found =
    locale === 'pl'
      ? (text.match(/\d+(?:,\d+)?/g) ?? []).map((n) => n.replace(',', '.'))
      : (text.match(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ''));
  return found.map(Number).sort((a, b) => a - b);
};

/** The running text of a wording (everything but the package names, which are product data). */
const prose = (w: FamilyTermsWording) => ({
  title: w.title,
  intro: w.intro,
  account: w.account,
  trial: w.trial,
  currencies: w.currencies,
  noChange: w.noChange,
  siblingDiscount: w.siblingDiscount,
  addOns: w.addOns,
});

const allEnglish = () =>
  [
    ...Object.values(prose(familyTermsEn)),
    familyTermsEn.metaTitle,
    ...Object.values(familyTermsEn.headings),
    familyTermsEn.pricesLabel,
    familyTermsEn.packageColumn,
    familyTermsEn.ageColumn,
    familyTermsEn.ages(5, 12),
    ...PACKAGE_CODES.flatMap((c) => familyTermsEn.includes(c)),
    ...TERMS_VERSIONS.flatMap((v) => Object.values(familyTermsEn.cancellation(v)).filter((p) => p !== null)),
    familyTermsEn.upcoming.before('15 December 2026'),
    familyTermsEn.upcoming.after,
    ...Object.values(familyTermsEn.footer),
  ].join('\n');

describe('the English wording of the family terms', () => {
  it('has the Polish sections, in the same order, under the same anchors', () => {
    expect(Object.keys(familyTermsPl.headings)).toEqual([...FAMILY_TERMS_SECTIONS]);
    expect(Object.keys(familyTermsEn.headings)).toEqual([...FAMILY_TERMS_SECTIONS]);
    for (const id of FAMILY_TERMS_SECTIONS) expect(familyTermsEn.headings[id]).not.toBe(familyTermsPl.headings[id]);
  });

  it('follows the Polish text sentence by sentence, with the same numbers', () => {
    const pl = prose(familyTermsPl);
    const en = prose(familyTermsEn);
    for (const key of Object.keys(pl) as (keyof typeof pl)[]) {
      expect(sentences(en[key]), key).toBe(sentences(pl[key]));
      expect(numbers(en[key], 'en'), key).toEqual(numbers(pl[key], 'pl'));
    }
    for (const code of PACKAGE_CODES) {
      expect(familyTermsPl.includes(code)).toEqual(PACKAGES[code].includes);
      expect(familyTermsEn.includes(code)).toHaveLength(PACKAGES[code].includes.length);
    }
  });

  it('states the sibling discount and the add-on fees from the pricing constants, in its own format', () => {
    for (const c of CURRENCIES) {
      expect(familyTermsPl.siblingDiscount).toContain(formatMoney(SIBLING_DISCOUNT[c], c, 'pl'));
      expect(familyTermsEn.siblingDiscount).toContain(formatMoney(SIBLING_DISCOUNT[c], c, 'en'));
    }
    expect(familyTermsEn.siblingDiscount).toContain('PLN\u00a01,000.00');
    for (const fee of [EXAM_FEE_PLN, EXTRA_SUBJECT_FEE_PLN, ...Object.values(POLISH_GROUP_LESSONS_PLN)]) {
      expect(familyTermsPl.addOns).toContain(formatMoney(fee, 'PLN', 'pl'));
      expect(familyTermsEn.addOns).toContain(formatMoney(fee, 'PLN', 'en'));
    }
  });

  it.each(TERMS_VERSIONS)('translates resignation and withdrawal of terms %s paragraph by paragraph', (version) => {
    const pl = familyCancellationText(version);
    const en = familyCancellationTextEn(version);
    expect(familyTermsPl.cancellation(version)).toBe(pl);
    expect(familyTermsEn.cancellation(version)).toBe(en);
    expect(en.siblingSetOff === null).toBe(pl.siblingSetOff === null);
    for (const key of ['resignation', 'withdrawal', 'siblingSetOff'] as const) {
      const [p, e] = [pl[key] ?? '', en[key] ?? ''];
      expect(sentences(e), key).toBe(sentences(p));
      expect(numbers(e, 'en'), key).toEqual(numbers(p, 'pl'));
    }
  });

  it('is in English: no Polish letters outside the package names', () => {
    expect(allEnglish().match(/\p{L}*[ąćęłńóśźż]\p{L}*/giu) ?? []).toEqual([]);
  });
});

describe('the family terms page', () => {
  const render = (locale: string) =>
    renderToStaticMarkup(createElement(FamilyTermsView, { locale })).replace(/<!-- -->/g, '');

  it('gives a Polish reader the Polish text alone', () => {
    const html = render('pl');
    expect(familyTermsWording('pl')).toBe(familyTermsPl);
    expect(html).toContain(`<h1 class="h1">${familyTermsPl.title}</h1>`);
    expect(html).not.toContain('data-legal-original');
    expect(html).not.toContain(familyTermsEn.headings['rabat-dla-rodzenstwa']);
    expect(html).toContain(familyTermsPl.siblingDiscount);
  });

  it.each(['en', 'uk'])('gives a reader of %s the English translation above the Polish original', (locale) => {
    const html = render(locale);
    expect(familyTermsWording(locale)).toBe(familyTermsEn);
    const original = html.indexOf('<div class="mt-4 space-y-4" lang="pl" data-legal-original="true">');
    expect(original).toBeGreaterThan(html.indexOf(familyTermsEn.siblingDiscount));
    expect(html.indexOf(familyTermsPl.siblingDiscount)).toBeGreaterThan(original);
    expect(html).toContain(`<h1 class="h1">${familyTermsEn.title}</h1>`);
    // The original's anchors are kept apart from the translation's.
    expect(html).toContain('id="rabat-dla-rodzenstwa"');
    expect(html).toContain('id="pl-rabat-dla-rodzenstwa"');
    expect(html).toContain('href="#tekst-polski"');
  });

  it('marks the English translation as a courtesy one for a reader of English', () => {
    expect(render('en')).toContain('<strong>Courtesy translation — the Polish original is binding.</strong>');
  });
});
