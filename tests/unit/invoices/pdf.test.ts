// Reads the PDFs back through poppler's pdftotext: proves the text (Polish letters included) is
// really in the file, not only drawn. Skipped where poppler-utils is not installed (fails under CI).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderInvoicePdf, toPln, type InvoiceInput } from '@/lib/invoices/pdf';
import { renderProcessingAgreementPdf, type AgreementInput } from '@/lib/groups/agreement/agreement-pdf';
import { parseSeller } from '@/lib/invoices/seller';
import { hasPoppler } from '../../support/pdf';

const PDFTOTEXT = '/usr/bin/pdftotext';

/** Text of the PDF with whitespace (incl. the non-breaking spaces Intl writes) collapsed. */
function pdfText(pdf: Buffer): string {
  return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
}

const seller = parseSeller({ PLANETA_SELLER_BANK_ACCOUNT: '12 1020 1026 0000 0102 0000 0000' });
const day = new Date('2026-03-14T10:00:00Z');
const company = {
  name: 'Zakład Usług Łączności „Żuraw” sp. z o.o.',
  nip: '5260250274',
  addressLines: ['ul. Świętokrzyska 12', '00-916 Warszawa'],
};

const invoice = (over: Partial<InvoiceInput> = {}): InvoiceInput => ({
  number: 'FV/2026/000123',
  issueDate: day,
  saleDate: day,
  place: 'Warszawa',
  seller,
  buyer: company,
  lines: [
    { name: 'Kurs „RODO w firmie” — pakiet 100 kont', quantity: 1, unit: 'szt.', unitGross: 239_920, vatRate: 23 },
  ],
  currency: 'PLN',
  paymentMethod: 'PayU',
  paid: true,
  ...over,
});

describe('renderInvoicePdf', () => {
  it('is the same Polish document when the reader’s language is Polish', async () => {
    expect((await renderInvoicePdf(invoice({ locale: 'pl' }))).equals(await renderInvoicePdf(invoice()))).toBe(true);
  });

  it.skipIf(!hasPoppler)('stays Polish for an English reader, with English labels beside the Polish', async () => {
    const text = pdfText(await renderInvoicePdf(invoice({ locale: 'en', orderNumber: 'ZAM-1' })));
    for (const s of [
      'Faktura VAT / VAT invoice',
      'Miejsce wystawienia: Place of issue Warszawa',
      'Data wystawienia: Date of issue 14 marca 2026',
      'SPRZEDAWCA / SELLER',
      'NABYWCA / BUYER',
      'Nazwa towaru lub usługi Goods or service',
      'Razem do zapłaty / Total due: 2399,20 zł',
      'Zapłacono: PayU (Paid)',
      'The English labels are a courtesy translation; the Polish text is binding.',
      'strona 1 z 1 (page 1 of 1)',
    ])
      expect(text).toContain(s);
  });

  it.skipIf(!hasPoppler)('glosses a receipt’s notes, the deadline in the reader’s date format', async () => {
    const until = new Date('2026-06-30T10:00:00Z');
    const receipt = invoice({ kind: 'RECEIPT', orderNumber: 'ZAM-1', invoiceRequestUntil: until, locale: 'en' });
    const text = pdfText(await renderInvoicePdf(receipt));
    expect(text).toContain('Potwierdzenie zakupu / Proof of purchase');
    expect(text).toContain('Ten dokument nie jest fakturą VAT. This document is not a VAT invoice.');
    expect(text).toContain('do 30 czerwca 2026');
    expect(text).toContain('if you request it by 30 June 2026');
  });

  it.skipIf(!hasPoppler)('glosses in Ukrainian, in Cyrillic', async () => {
    const text = pdfText(await renderInvoicePdf(invoice({ locale: 'uk' })));
    expect(text).toContain('SPRZEDAWCA / ПРОДАВЕЦЬ');
    expect(text).toContain('обов’язковим є текст польською мовою');
  });

  it.skipIf(!hasPoppler)('has no gloss for a language without these texts', async () => {
    const text = pdfText(await renderInvoicePdf(invoice({ locale: 'xx' })));
    expect(text).not.toContain(' / ');
    expect(text).not.toContain('courtesy');
  });

  it('produces a PDF, the same bytes for the same data', async () => {
    const a = await renderInvoicePdf(invoice());
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await renderInvoicePdf(invoice())).equals(a)).toBe(true);
  });

  it.skipIf(!hasPoppler)('contains every element of a Polish VAT invoice (needs poppler-utils pdftotext)', async () => {
    const text = pdfText(await renderInvoicePdf(invoice()));
    for (const s of [
      'Faktura VAT',
      'nr FV/2026/000123',
      'Miejsce wystawienia: Warszawa',
      'Data wystawienia: 14 marca 2026',
      'Data sprzedaży: 14 marca 2026',
      'SPRZEDAWCA',
      'NABYWCA',
      seller.name,
      `NIP: ${seller.nip}`,
      company.name,
      'NIP: 5260250274',
      'Nr rachunku: 12 1020 1026 0000 0102 0000 0000',
      'Lp.',
      'Nazwa',
      'Ilość',
      'J.m.',
      'Cena jedn. brutto',
      'Rabat',
      'Wartość',
      'netto',
      'Stawka',
      'Kwota VAT',
      'Wartość brutto',
      '1950,57 zł',
      '23%',
      '448,63 zł',
      '2399,20 zł',
      'Razem',
      'w tym',
      'Razem do zapłaty: 2399,20 zł',
      'słownie: dwa tysiące trzysta dziewięćdziesiąt dziewięć złotych 20/100',
      'Zapłacono: PayU',
      'strona 1 z 1',
    ])
      expect(text).toContain(s);
  });

  it.skipIf(!hasPoppler)('omits the buyer NIP for a consumer and names the method when unpaid', async () => {
    const text = pdfText(
      await renderInvoicePdf(
        invoice({ buyer: { name: 'Jan Kowalski', nip: null, addressLines: ['ul. Polna 1'] }, paid: false }),
      ),
    );
    expect(text.match(/NIP:/g)).toHaveLength(1);
    expect(text).toContain('Sposób płatności: PayU');
    expect(text).not.toContain('Zapłacono');
  });

  it.skipIf(!hasPoppler)(
    'states the VAT of a foreign-currency invoice in PLN at the rate of the day before the sale',
    async () => {
      // 564,00 EUR gross at 23 % → VAT 105,46 EUR; × 4,2386 = 447,0027… → 447,00 zł.
      const eur = {
        lines: [{ name: 'Pakiet Standard', quantity: 1, unit: 'szt.', unitGross: 56_400, vatRate: 23 }],
        currency: 'EUR' as const,
      };
      const text = pdfText(
        await renderInvoicePdf(
          invoice({ ...eur, plnRate: { plnPerUnitTimes10000: 42_386, effectiveOn: '2026-03-13' } }),
        ),
      );
      expect(text).toContain('105,46 €');
      expect(text).toContain('Razem 458,54 €');
      expect(text).toContain('105,46 € 564,00 €');
      expect(text).toContain('Kwota VAT w złotych (art. 106e ust. 11 ustawy o VAT):');
      expect(text).toMatch(/23%: 447,00\szł; razem 447,00\szł/);
      expect(text).toContain('Przeliczono po kursie średnim NBP z dnia 13.03.2026: 1 EUR = 4,2386 PLN.');
      const missing = pdfText(await renderInvoicePdf(invoice({ ...eur, plnRate: null })));
      expect(missing).toContain('brak kursu średniego NBP');
      expect(pdfText(await renderInvoicePdf(invoice()))).not.toContain('w złotych');
    },
  );

  it.skipIf(!hasPoppler)('shows a discount in its column and the buyer abroad with the country', async () => {
    const text = pdfText(
      await renderInvoicePdf(
        invoice({
          buyer: { name: 'Agnieszka Nowak', addressLines: ['Hauptstraße 5', '10115 Berlin'], country: 'DE' },
          currency: 'EUR',
          plnRate: null,
          lines: [
            {
              name: 'Pakiet Standard — Kuba',
              quantity: 1,
              unit: 'usł.',
              unitGross: 69_900,
              discountGross: 23_000,
              discountLabel: 'Rabat dla rodzeństwa',
              vatRate: 23,
            },
          ],
        }),
      ),
    );
    expect(text).toContain('Hauptstraße 5 10115 Berlin Niemcy');
    expect(text).toContain('Pakiet Standard — Kuba (rabat dla rodzeństwa)');
    expect(text).toContain('1 usł. 699,00 € −230,00 € 381,30 €');
    expect(text).toContain('87,70 € 469,00 €');
    expect(text).toContain('Razem do zapłaty: 469,00 €');
  });

  it.skipIf(!hasPoppler)('titles a receipt "Potwierdzenie zakupu", with no invoice number and how to ask', async () => {
    const text = pdfText(
      await renderInvoicePdf(
        invoice({
          kind: 'RECEIPT',
          number: '',
          orderNumber: 'ZAM-20260314-7KQ3',
          buyer: { name: 'Jan Kowalski', addressLines: [] },
          invoiceRequestUntil: new Date('2026-06-30T12:00:00Z'),
        }),
      ),
    );
    expect(text).toContain('Potwierdzenie zakupu do zamówienia ZAM-20260314-7KQ3');
    expect(text).toContain('Ten dokument nie jest fakturą VAT.');
    expect(text).toContain('kasy rejestrującej');
    expect(text).toContain('do 30 czerwca 2026 (art. 106b ust. 3 ustawy o VAT)');
    expect(text).not.toContain('Faktura VAT');
    expect(text).not.toContain('FV/');
    expect(text).not.toContain('NABYWCA');
  });

  it('converts to grosze half up', () => {
    expect(toPln(10_546, { plnPerUnitTimes10000: 42_386, effectiveOn: '2026-03-13' })).toBe(44_700);
    expect(toPln(1, { plnPerUnitTimes10000: 45_000, effectiveOn: '2026-03-13' })).toBe(5); // 4,5 gr → 5
    expect(toPln(1, { plnPerUnitTimes10000: 44_999, effectiveOn: '2026-03-13' })).toBe(4);
  });

  it.skipIf(!hasPoppler)('continues a long table on further pages with the header repeated', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => ({
      name: `Pozycja ${i + 1} z długą nazwą, która zawija się w kilka wierszy tabeli`,
      quantity: 1,
      unit: 'szt.',
      unitGross: 10_000,
      vatRate: 23,
    }));
    const text = pdfText(await renderInvoicePdf(invoice({ lines })));
    const pages = Number(/strona 1 z (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`strona ${pages} z ${pages}`);
    expect(text.match(/Cena jedn\. brutto/g)).toHaveLength(pages);
    expect(text).toContain('Pozycja 40 z długą');
    expect(text).toContain('Razem do zapłaty: 4000,00 zł');
  });
});

const agreement: AgreementInput = {
  company,
  courseTitle: 'Bezpieczeństwo danych osobowych w firmie',
  seats: 100,
  orderNumber: 'ZAM/2026/000042',
  generatedAt: day,
  seller,
};

describe('renderProcessingAgreementPdf', () => {
  it('produces a PDF', async () => {
    expect((await renderProcessingAgreementPdf(agreement)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.skipIf(!hasPoppler)(
    'is filled with both parties and the order, with blanks left to fill in (needs pdftotext)',
    async () => {
      const text = pdfText(await renderProcessingAgreementPdf(agreement));
      for (const s of [
        'UMOWA POWIERZENIA PRZETWARZANIA DANYCH OSOBOWYCH',
        company.name,
        'NIP: 5260250274',
        'ul. Świętokrzyska 12',
        seller.name,
        `NIP: ${seller.nip}`,
        '„Administratorem”',
        '„Podmiotem przetwarzającym”',
        'art. 28',
        'zamówieniem nr ZAM/2026/000042',
        '„Bezpieczeństwo danych osobowych w firmie”',
        'dla 100 kont',
        'imię, nazwisko, adres e-mail, login, wyniki testów',
        'Europejskiego Obszaru Gospodarczego',
        'Dalsze powierzenie',
        'zawarta w dniu ……',
        'na okres od ……',
        'data i podpis osoby upoważnionej',
      ])
        expect(text).toContain(s);
    },
  );

  it.skipIf(!hasPoppler)('runs to 2–3 numbered pages', async () => {
    const text = pdfText(await renderProcessingAgreementPdf(agreement));
    const pages = Number(/strona 1 z (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(3);
    expect(text).toContain(`strona ${pages} z ${pages}`);
  });
});
