// The KSeF marks on the invoice PDF (kody-qr.md): the KSeF number in the header and under KOD I,
// OFFLINE while there is none, KOD II "CERTYFIKAT" for an offline invoice, none on a receipt.
// Each printed code is read back from the rendered page and compared with the code of its link.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderInvoicePdf, type InvoiceInput, type KsefMark } from '@/lib/invoices/pdf';
import { certificateVerificationUrl, invoiceVerificationUrl, sha256Base64Url } from '@/lib/invoices/ksef/qr';
import { parseSeller } from '@/lib/invoices/seller';
import { hasPoppler, pdfLinks, pdfText, qrUnderLinkEncodes, type PdfLink } from '../../support/pdf';

const seller = parseSeller({});
const day = new Date('2026-03-14T10:00:00Z');
const qrBaseUrl = 'https://qr-test.ksef.mf.gov.pl';
const hash = sha256Base64Url('<Faktura>FV/2026/000123</Faktura>');
const verifyUrl = invoiceVerificationUrl({
  qrBaseUrl,
  sellerNip: seller.nip,
  issueDate: day,
  xmlSha256Base64Url: hash,
});
const { privateKey } = generateKeyPairSync('ec', {
  namedCurve: 'P-256',
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const certificateUrl = certificateVerificationUrl({
  qrBaseUrl,
  contextNip: seller.nip,
  sellerNip: seller.nip,
  certificateSerial: '01F20A5D352AE590',
  xmlSha256Base64Url: hash,
  privateKeyPem: privateKey,
});
const ksefNumber = `${seller.nip}-20260314-0100001AF629-AF`;
const online: KsefMark = { ksefNumber, verifyUrl, certificateUrl: null };

const lines = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `Pozycja ${i + 1} z długą nazwą, która zawija się w kilka wierszy tabeli`,
    quantity: 1,
    unit: 'usł.',
    unitGross: 10_000,
    vatRate: 23,
  }));
const invoice = (over: Partial<InvoiceInput> = {}): InvoiceInput => ({
  number: 'FV/2026/000123',
  issueDate: day,
  saleDate: day,
  place: 'Warszawa',
  seller,
  buyer: { name: 'Jan Kowalski', addressLines: ['ul. Polna 1', '00-001 Warszawa'] },
  lines: lines(1),
  currency: 'PLN',
  paymentMethod: 'PayU',
  paid: true,
  ...over,
});

/** The square link over a printed code (the text link under it is a flat rectangle). */
const codeLinks = (pdf: Buffer): PdfLink[] =>
  pdfLinks(pdf).filter((l) => Math.abs(l.x2 - l.x1 - (l.y2 - l.y1)) < 0.01 && l.x2 - l.x1 > 50);
const pageCount = (text: string) => Number(/strona 1 z (\d+)/.exec(text)?.[1]);

describe.skipIf(!hasPoppler)('the KSeF marks on an invoice PDF (needs poppler-utils)', () => {
  it('prints the KSeF number in the header and under KOD I, whose code is exactly the verification link', async () => {
    const pdf = await renderInvoicePdf(invoice({ ksef: online }));
    const text = pdfText(pdf);
    expect(text).toContain(`nr FV/2026/000123 Numer KSeF: ${ksefNumber}`);
    expect(text.split(ksefNumber)).toHaveLength(3); // header and label
    expect(text).toContain('Faktura została przyjęta w KSeF');
    expect(text).not.toContain('OFFLINE');
    expect(text).not.toContain('CERTYFIKAT');
    const codes = codeLinks(pdf);
    expect(codes.map((l) => l.url)).toEqual([verifyUrl]);
    expect(qrUnderLinkEncodes(pdf, codes[0], verifyUrl)).toBe(true);
    // The check can fail: the same square does not hold the code of another link.
    expect(qrUnderLinkEncodes(pdf, codes[0], verifyUrl.replace('14-03-2026', '15-03-2026'))).toBe(false);
  });

  it('labels KOD I "OFFLINE" and adds KOD II "CERTYFIKAT" for an offline invoice not yet in KSeF', async () => {
    const pdf = await renderInvoicePdf(invoice({ ksef: { ksefNumber: null, verifyUrl, certificateUrl } }));
    const text = pdfText(pdf);
    expect(text).toContain('OFFLINE');
    expect(text).toContain('CERTYFIKAT');
    expect(text).toContain('trybie offline');
    expect(text).not.toContain('Numer KSeF:');
    const codes = codeLinks(pdf);
    expect(codes.map((l) => l.url)).toEqual([verifyUrl, certificateUrl]);
    expect(qrUnderLinkEncodes(pdf, codes[0], verifyUrl)).toBe(true);
    expect(qrUnderLinkEncodes(pdf, codes[1], certificateUrl)).toBe(true);
  });

  it('keeps both codes on an offline invoice once sent, KOD I then labelled with its number', async () => {
    const text = pdfText(await renderInvoicePdf(invoice({ ksef: { ksefNumber, verifyUrl, certificateUrl } })));
    expect(text).toContain(`Numer KSeF: ${ksefNumber}`);
    expect(text).toContain('CERTYFIKAT');
    expect(text).not.toContain('OFFLINE');
  });

  it('labels KOD I "OFFLINE" while an online invoice waits for its number, with no certificate code', async () => {
    const pdf = await renderInvoicePdf(invoice({ ksef: { ksefNumber: null, verifyUrl, certificateUrl: null } }));
    const text = pdfText(pdf);
    expect(text).toContain('OFFLINE');
    expect(text).toContain('oczekuje na nadanie numeru');
    expect(text).not.toContain('CERTYFIKAT');
    expect(codeLinks(pdf).map((l) => l.url)).toEqual([verifyUrl]);
  });

  it('never marks a receipt, which is not sent to KSeF, nor an invoice without a mark', async () => {
    const receipt = await renderInvoicePdf(
      invoice({ kind: 'RECEIPT', number: '', orderNumber: 'ZAM-20260314-7KQ3', ksef: online }),
    );
    expect(pdfText(receipt)).not.toContain('KSeF');
    expect(pdfLinks(receipt)).toEqual([]);
    const plain = await renderInvoicePdf(invoice());
    expect(pdfText(plain)).not.toContain('KSeF');
    expect(pdfLinks(plain)).toEqual([]);
  });

  it.each([
    [1, 1],
    [10, 1],
    [40, 3],
  ])('with %i lines puts the codes inside the last of %i pages, the offline pair too', async (n, pages) => {
    for (const ksef of [online, { ksefNumber: null, verifyUrl, certificateUrl }]) {
      const pdf = await renderInvoicePdf(invoice({ lines: lines(n), ksef }));
      expect(pageCount(pdfText(pdf))).toBe(pages);
      expect(codeLinks(pdf)).toHaveLength(ksef.certificateUrl ? 2 : 1);
      for (const code of codeLinks(pdf)) {
        expect(code.page).toBe(pages);
        // Inside the margins (40 pt) and above the footer line.
        expect(code.x1).toBeGreaterThanOrEqual(40);
        expect(code.x2).toBeLessThanOrEqual(595.28 - 40);
        expect(code.y1).toBeGreaterThan(40 + 12);
        expect(qrUnderLinkEncodes(pdf, code, code.url)).toBe(true);
      }
    }
  });

  it('is still the same bytes for the same data', async () => {
    const a = await renderInvoicePdf(invoice({ ksef: online }));
    expect((await renderInvoicePdf(invoice({ ksef: online }))).equals(a)).toBe(true);
  });
});
