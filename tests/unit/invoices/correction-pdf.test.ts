// The correcting invoice PDF read back through pdftotext: the corrected invoice's identity, the
// reason, the lines before and after and their difference, the change per VAT rate, the amount
// returned in figures and words, the VAT change in PLN, and the KSeF marks.
import { describe, expect, it } from 'vitest';
import { renderCorrectionPdf } from '@/lib/invoices/correction-pdf';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import { invoiceVerificationUrl, sha256Base64Url } from '@/lib/invoices/ksef/qr';
import { parseSeller } from '@/lib/invoices/seller';
import { hasPoppler, pdfLinks, pdfText, qrUnderLinkEncodes } from '../../support/pdf';

const seller = parseSeller({});
const corrected = {
  number: 'FV/2026/000123',
  issueDate: '2026-03-14T10:00:00.000Z',
  saleDate: '2026-03-13T22:30:00.000Z', // 13 March 23:30 in Warsaw
  ksefNumber: `${seller.nip}-20260314-0100001AF629-AF`,
};
const pakiet = {
  name: 'Pakiet Standard — Kuba',
  quantity: 1,
  unit: 'usł.',
  unitGross: 69_900,
  discountGross: 23_000,
  discountLabel: 'Rabat dla rodzeństwa',
  vatRate: 23,
};
const books = { name: 'Lektury', quantity: 2, unit: 'szt.', unitGross: 4_990, vatRate: 5 };

// Pakiet: 469,00 → 269,00 zł (VAT 87,70 → 50,30); books 99,80 → 0 zł (VAT 4,75 → 0).
const snapshot = (over: Partial<CorrectionSnapshot> = {}): CorrectionSnapshot => ({
  kind: 'CORRECTION',
  number: 'FK/2026/000001',
  issueDate: '2026-03-20T09:00:00.000Z',
  place: 'Warszawa',
  reason: 'Zwrot części ceny — odstąpienie od umowy',
  corrected,
  seller,
  buyer: {
    name: 'Zakład Usług Łączności „Żuraw” sp. z o.o.',
    nip: '5260250274',
    addressLines: ['ul. Świętokrzyska 12'],
  },
  currency: 'PLN',
  orderNumber: 'ZAM-20260314-7KQ3',
  refundId: 'refund-1',
  before: [pakiet, books],
  after: [
    { ...pakiet, discountGross: 43_000 },
    { ...books, discountGross: 9_980 },
  ],
  ...over,
});
const verifyUrl = invoiceVerificationUrl({
  qrBaseUrl: 'https://qr-test.ksef.mf.gov.pl',
  sellerNip: seller.nip,
  issueDate: new Date('2026-03-20T09:00:00Z'),
  xmlSha256Base64Url: sha256Base64Url('<Faktura>FK/2026/000001</Faktura>'),
});
const ksefNumber = `${seller.nip}-20260320-0100001B0001-3C`;
/** pdftotext's layout mode keeps a table row on one line, its cells in order. */
const rows = (pdf: Buffer) => pdfText(pdf, { layout: true });

describe('renderCorrectionPdf', () => {
  it('produces a PDF, the same bytes for the same data', async () => {
    const a = await renderCorrectionPdf(snapshot());
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await renderCorrectionPdf(snapshot())).equals(a)).toBe(true);
  });

  it('is the same Polish document for a Polish reader', async () => {
    expect((await renderCorrectionPdf(snapshot(), undefined, 'pl')).equals(await renderCorrectionPdf(snapshot()))).toBe(
      true,
    );
  });

  it.skipIf(!hasPoppler)('stays Polish for an English reader, with English labels beside the Polish', async () => {
    const text = pdfText(await renderCorrectionPdf(snapshot(), undefined, 'en'));
    for (const s of [
      'Faktura korygująca / Corrective invoice',
      'Przyczyna korekty / Reason for the correction: Zwrot części ceny',
      'Przed korektą / Before the correction',
      'Po korekcie / After the correction',
      'Podsumowanie według stawek VAT / Summary by VAT rate',
      'Kwota do zwrotu / Amount to be refunded:',
      'The English labels are a courtesy translation; the Polish text is binding.',
    ])
      expect(text).toContain(s);
  });

  it('refuses a correction not yet numbered, or lines that do not pair up', () => {
    expect(() => renderCorrectionPdf(snapshot({ number: null, issueDate: null }))).toThrow(/numbered/);
    expect(() => renderCorrectionPdf(snapshot({ after: [pakiet] }))).toThrow(/pair/);
  });

  it.skipIf(!hasPoppler)('names itself and the corrected invoice with its KSeF number (needs pdftotext)', async () => {
    const text = pdfText(await renderCorrectionPdf(snapshot(), { ksefNumber, verifyUrl, certificateUrl: null }));
    for (const s of [
      'Faktura korygująca',
      `nr FK/2026/000001 Numer KSeF: ${ksefNumber}`,
      'Miejsce wystawienia: Warszawa',
      'Data wystawienia: 20 marca 2026',
      'Data sprzedaży: 13 marca 2026',
      'Zamówienie: ZAM-20260314-7KQ3',
      'do faktury nr FV/2026/000123 z dnia 14 marca 2026',
      `Numer KSeF faktury korygowanej: ${corrected.ksefNumber}`,
      'SPRZEDAWCA',
      `NIP: ${seller.nip}`,
      'NABYWCA',
      'NIP: 5260250274',
      'Przyczyna korekty: Zwrot części ceny — odstąpienie od umowy',
      'Faktura korygująca FK/2026/000001 · strona 1 z 2',
    ])
      expect(text).toContain(s);
  });

  it.skipIf(!hasPoppler)('shows the lines before, after and their difference, and the change per rate', async () => {
    const text = rows(await renderCorrectionPdf(snapshot()));
    const before = text.indexOf('Przed korektą');
    const after = text.indexOf('Po korekcie');
    const diff = text.indexOf('Różnica (kwota korekty)');
    const byRate = text.indexOf('Podsumowanie według stawek VAT');
    expect(0 < before && before < after && after < diff && diff < byRate).toBe(true);
    const section = (from: number, to: number) => text.slice(from, to);
    // Before: the invoice's lines as they stood, with the invoice's columns.
    expect(section(before, after)).toContain('Cena jedn.');
    expect(section(before, after)).toContain(
      '1 Pakiet Standard — Kuba 1 usł. 699,00 zł −230,00 zł 381,30 zł 23% 87,70 zł 469,00 zł',
    );
    expect(section(before, after)).toContain('2 Lektury 2 szt. 49,90 zł — 95,05 zł 5% 4,75 zł 99,80 zł');
    expect(section(before, after)).toContain('Razem 476,35 zł 92,45 zł 568,80 zł');
    // After: the same lines with the refund as a larger discount.
    expect(section(after, diff)).toContain(
      '1 Pakiet Standard — Kuba 1 usł. 699,00 zł −430,00 zł 218,70 zł 23% 50,30 zł 269,00 zł',
    );
    expect(section(after, diff)).toContain('2 Lektury 2 szt. 49,90 zł −99,80 zł 0,00 zł 5% 0,00 zł 0,00 zł');
    expect(section(after, diff)).toContain('Razem 218,70 zł 50,30 zł 269,00 zł');
    // The difference per line.
    expect(section(diff, byRate)).toContain(
      'Pakiet Standard — Kuba — — — −200,00 zł −162,60 zł 23% −37,40 zł −200,00 zł',
    );
    expect(section(diff, byRate)).toContain('Lektury — — — −99,80 zł −95,05 zł 5% −4,75 zł −99,80 zł');
    expect(section(diff, byRate)).toContain('Razem −257,65 zł −42,15 zł −299,80 zł');
    // Per rate and in total: before, after, difference (art. 106j ust. 2 pkt 5).
    const rates = text.slice(byRate);
    for (const row of [
      'przed korektą 23% 381,30 zł 87,70 zł 469,00 zł',
      'po korekcie 23% 218,70 zł 50,30 zł 269,00 zł',
      'różnica 23% −162,60 zł −37,40 zł −200,00 zł',
      'przed korektą 5% 95,05 zł 4,75 zł 99,80 zł',
      'po korekcie 5% 0,00 zł 0,00 zł 0,00 zł',
      'różnica 5% −95,05 zł −4,75 zł −99,80 zł',
      'Razem przed korektą 476,35 zł 92,45 zł 568,80 zł',
      'Razem po korekcie 218,70 zł 50,30 zł 269,00 zł',
      'Razem różnica −257,65 zł −42,15 zł −299,80 zł',
    ])
      expect(rates).toContain(row);
    expect(text).toContain('Kwota do zwrotu: 299,80 zł');
    expect(text).toContain('słownie: dwieście dziewięćdziesiąt dziewięć złotych 80/100');
    expect(text).not.toContain('w złotych');
  });

  it.skipIf(!hasPoppler)('gives the totals the rate when the invoice has only one', async () => {
    const text = rows(
      await renderCorrectionPdf(snapshot({ before: [pakiet], after: [{ ...pakiet, discountGross: 43_000 }] })),
    );
    expect(text).toContain('Razem przed korektą 23% 381,30 zł 87,70 zł 469,00 zł');
    expect(text).toContain('Razem różnica 23% −162,60 zł −37,40 zł −200,00 zł');
    expect(text).not.toContain('przed korektą 23% 381,30 zł 87,70 zł 469,00 zł po korekcie');
    expect(text).toContain('Kwota do zwrotu: 200,00 zł');
    expect(text).toContain('słownie: dwieście złotych 00/100');
  });

  it.skipIf(!hasPoppler)('states the change of VAT in PLN for a foreign-currency correction', async () => {
    const eur = snapshot({ currency: 'EUR', plnRate: { plnPerUnitTimes10000: 42_386, effectiveOn: '2026-03-12' } });
    const text = rows(await renderCorrectionPdf(eur));
    expect(text).toContain('Razem różnica −257,65 € −42,15 € −299,80 €');
    expect(text).toContain('Kwota do zwrotu: 299,80 €');
    expect(text).toContain('dwieście dziewięćdziesiąt dziewięć euro 80/100');
    expect(text).toContain('Kwota korekty VAT w złotych (art. 106e ust. 11 ustawy o VAT):');
    // 23 %: 50,30 € → 213,20 zł less 87,70 € → 371,73 zł; 5 %: 0 less 4,75 € → 20,13 zł;
    // in total 50,30 € → 213,20 zł less 92,45 € → 391,86 zł: what the buyer's PLN VAT was, less what it is.
    expect(text).toMatch(/23%: −158,53\szł; 5%: −20,13\szł; razem −178,66\szł/);
    expect(text).toContain('Przeliczono po kursie średnim NBP z dnia 12.03.2026: 1 EUR = 4,2386 PLN.');
    expect(pdfText(await renderCorrectionPdf({ ...eur, plnRate: null }))).toContain('brak kursu średniego NBP');
  });

  it.skipIf(!hasPoppler)('prints KOD I with its number or OFFLINE, and KOD II for an offline correction', async () => {
    const pdf = await renderCorrectionPdf(snapshot(), { ksefNumber, verifyUrl, certificateUrl: null });
    const [code] = pdfLinks(pdf).filter((l) => l.x2 - l.x1 > 50 && Math.abs(l.x2 - l.x1 - (l.y2 - l.y1)) < 0.01);
    expect(code.url).toBe(verifyUrl);
    expect(qrUnderLinkEncodes(pdf, code, verifyUrl)).toBe(true);
    const certificateUrl = `https://qr-test.ksef.mf.gov.pl/certificate/Nip/${seller.nip}/${seller.nip}/01F2/${'A'.repeat(43)}/c2ln`;
    const offline = pdfText(await renderCorrectionPdf(snapshot(), { ksefNumber: null, verifyUrl, certificateUrl }));
    expect(offline).toContain('OFFLINE');
    expect(offline).toContain('CERTYFIKAT');
    expect(offline).not.toContain('Numer KSeF: ');
    const unknown = pdfText(await renderCorrectionPdf(snapshot({ corrected: { ...corrected, ksefNumber: null } })));
    expect(unknown).toContain('do faktury nr FV/2026/000123 z dnia 14 marca 2026');
    expect(unknown).not.toContain('KSeF');
  });

  it.skipIf(!hasPoppler)('continues long tables on further pages with the header repeated', async () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ ...books, name: `Pozycja ${i + 1}`, quantity: 1 }));
    const pdf = await renderCorrectionPdf(
      snapshot({ before: many, after: many.map((l, i) => (i === 19 ? { ...l, discountGross: 4_990 } : l)) }),
      { ksefNumber, verifyUrl, certificateUrl: null },
    );
    const text = rows(pdf);
    const pages = Number(/strona 1 z (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`strona ${pages} z ${pages}`);
    expect(text).toContain('Razem różnica 5% −47,53 zł −2,37 zł −49,90 zł');
    expect(text).toContain('Kwota do zwrotu: 49,90 zł');
    // Three tables, at least one of them continued under a repeated header.
    expect(text.match(/Cena jedn\./g)!.length).toBeGreaterThanOrEqual(4);
    expect(pdfLinks(pdf).some((l) => l.url === verifyUrl && l.page === pages)).toBe(true);
  });
});
