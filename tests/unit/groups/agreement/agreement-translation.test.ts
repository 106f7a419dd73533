// The data-processing agreement's English courtesy translation: it follows the Polish text
// paragraph by paragraph and point by point (so "§ 6" and "§ 8" cite the same provisions), is in
// English, and its PDF says on every page that it is not signed and does not bind.
import { describe, expect, it } from 'vitest';
import {
  agreementClauses,
  agreementPlainText,
  type AgreementFacts,
  type Clause,
} from '@/lib/groups/agreement/agreement-text';
import { agreementClausesEn, agreementPlainTextEn } from '@/lib/groups/agreement/agreement-text.en';
import { renderAgreementCourtesyPdf } from '@/lib/groups/agreement/agreement-courtesy-pdf';
import { agreementTextHash } from '@/lib/groups/agreement/electronic';
import { parseSeller } from '@/lib/invoices/seller';
import { hasPoppler, pdfText } from '../../../support/pdf';

const seller = parseSeller({});
const company = { name: 'Firma', nip: '5260250274', addressLines: ['ul. Prosta 1', '00-001 Warszawa'] };
const group: AgreementFacts = { company, seller, courseTitle: 'Kurs', seats: 30, orderNumber: 'ZAM/1' };
const school: AgreementFacts = {
  kind: 'school',
  company,
  seller,
  okeCode: '146501-01LO1',
  examYear: 2027,
  orderNumber: 'UM/7',
};

const shape = (clauses: Clause[]) =>
  clauses.map((c) => c.points.map((p) => (typeof p === 'string' ? 0 : p.items.length)));

describe.each([
  ['group', group],
  ['school', school],
] as const)('the %s agreement in English', (_name, facts) => {
  const polish = agreementClauses(facts);
  const english = agreementClausesEn(facts);

  it('has the Polish paragraphs, points and lettered items, in the same order', () => {
    expect(shape(english)).toEqual(shape(polish));
  });

  it('cites the same paragraphs: § 6 is the further processors, § 8 the deletion', () => {
    const text = JSON.stringify(english);
    expect(text).toContain('§ 6');
    expect(english[6 - 1]!.title).toBe('Further processors');
    expect(text).toContain('§ 8');
    expect(english[8 - 1]!.title).toBe('Deletion of the data after the end of the Service');
  });

  it('is English: no Polish letters outside the parties’ data and the course title', () => {
    const text = agreementPlainTextEn(facts)
      .split([seller.name, ...seller.addressLines, seller.registryCourt ?? '', 'Kurs'].filter(Boolean).join('|'))
      .join(' ');
    const own = [seller.name, ...seller.addressLines, ...company.addressLines].join(' ');
    const polish = (text.match(/\p{L}*[ąćęłńóśźż]\p{L}*/giu) ?? []).filter((w) => !own.includes(w));
    expect(polish).toEqual([]);
  });

  it('leaves the Polish text, the one accepted and hashed, as it was', () => {
    expect(agreementPlainTextEn(facts)).not.toBe(agreementPlainText(facts));
    expect(agreementTextHash(facts)).toBe(
      facts.kind === 'school'
        ? '0b6ddbd837d01f633fb45624c362a2b36e2aaacb2d33ead717a9c959567dab96'
        : 'b7472b9ee19cbe345d44a677f7921f7bfb17bc5624732c0e8acaf2fe0b2c7d76',
    );
  });
});

describe('renderAgreementCourtesyPdf', () => {
  const input = { ...group, generatedAt: new Date('2026-12-03T10:00:00Z') } as const;

  it('produces a PDF', async () => {
    expect((await renderAgreementCourtesyPdf(input)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.skipIf(!hasPoppler)(
    'says on every page that it is a courtesy translation, not signed and not binding',
    async () => {
      const text = pdfText(await renderAgreementCourtesyPdf(input));
      const pages = Number(/page 1 of (\d+)/.exec(text)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(text.match(/Courtesy translation — not signed, not binding/g)).toHaveLength(pages);
      expect(
        text.match(/Courtesy translation, not binding — order ZAM\/1, 3 December 2026 · page \d of \d/g) ?? [],
      ).toHaveLength(pages);
      expect(text).toContain('COURTESY TRANSLATION — NOT SIGNED AND NOT BINDING');
      expect(text).toContain('DATA PROCESSING AGREEMENT');
      expect(text).toContain('order no. ZAM/1');
      expect(text).toContain('“Processor”');
      // Nothing in it to sign: the Polish draft's signature line is absent.
      expect(text).not.toContain('data i podpis');
      expect(text).toContain('The Parties sign the Polish original only.');
    },
  );
});
