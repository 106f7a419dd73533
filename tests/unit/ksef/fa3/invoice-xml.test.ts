// The FA(3) XML of every kind of invoice the platform issues: valid against the Ministry's
// schema, and stating what the PDF states (its lines and invoiceTotals' sums) to the grosz.
import { describe, expect, it } from 'vitest';
import { buildInvoiceXml, Fa3InputError } from '@/lib/invoices/ksef/fa3';
import { validateAgainstSchema } from '@/lib/invoices/ksef/fa3/validate';
import { documentInput } from '@/lib/invoices/document-input';
import type { InvoiceSnapshot } from '@/lib/invoices/issue';
import { toPln } from '@/lib/invoices/pdf';
import { invoiceTotals } from '@/lib/invoices/tax/vat';
import { kids, readXml, SNAPSHOTS } from './fixtures';

const meta = { createdAt: new Date('2026-03-14T10:00:01.250Z') };
const money = (minor: number) => (minor / 100).toFixed(2);

type Expected = {
  P_15: string;
  P_13_1: string;
  P_14_1: string;
  P_14_1W?: string;
  currency: string;
  buyerId: Record<string, string>;
  country?: string;
  rows: number;
  P_6?: string;
};

// Hand-computed: VAT = gross × 23/123 on the rate's sum, rounded half up; PLN at the rate × 10 000.
const CASES: [keyof typeof SNAPSHOTS, Expected][] = [
  // 348,00 → VAT 65,07.
  [
    'companyCourses',
    {
      P_15: '348.00',
      P_13_1: '282.93',
      P_14_1: '65.07',
      currency: 'PLN',
      buyerId: { NIP: '5260250274' },
      country: 'PL',
      rows: 2,
    },
  ],
  // Sold 1 April in Warsaw, issued 20 April: P_6 is the Warsaw sale day.
  [
    'consumerRequested',
    {
      P_15: '199.00',
      P_13_1: '161.79',
      P_14_1: '37.21',
      currency: 'PLN',
      buyerId: { BrakID: '1' },
      country: 'PL',
      rows: 1,
      P_6: '2026-04-01',
    },
  ],
  [
    'groupPackage',
    { P_15: '2399.20', P_13_1: '1950.57', P_14_1: '448.63', currency: 'PLN', buyerId: { NIP: '5260250274' }, rows: 1 },
  ],
  // 1258,20 £ → VAT 235,27 £ × 5,1234 = 1205,38 zł.
  [
    'familyGbp',
    {
      P_15: '1258.20',
      P_13_1: '1022.93',
      P_14_1: '235.27',
      P_14_1W: '1205.38',
      currency: 'GBP',
      buyerId: { BrakID: '1' },
      country: 'GB',
      rows: 4,
    },
  ],
  // 1349,00 $ → VAT 252,25 $ × 3,9876 = 1005,87 zł.
  [
    'premiumUsdShipped',
    {
      P_15: '1349.00',
      P_13_1: '1096.75',
      P_14_1: '252.25',
      P_14_1W: '1005.87',
      currency: 'USD',
      buyerId: { BrakID: '1' },
      country: 'US',
      rows: 1,
    },
  ],
  // 564,00 € → VAT 105,46 € × 4,2386 = 447,00 zł (as the PDF test has it).
  [
    'euCompanyEur',
    {
      P_15: '564.00',
      P_13_1: '458.54',
      P_14_1: '105.46',
      P_14_1W: '447.00',
      currency: 'EUR',
      buyerId: { KodUE: 'DE', NrVatUE: '123456789' },
      country: 'DE',
      rows: 1,
    },
  ],
  [
    'nonEuCompanyNoRate',
    {
      P_15: '564.00',
      P_13_1: '458.54',
      P_14_1: '105.46',
      currency: 'EUR',
      buyerId: { KodKraju: 'NO', NrID: 'NO987654321MVA' },
      country: 'NO',
      rows: 1,
    },
  ],
  // 2 × 100,01 = 200,02 → VAT 37,40.
  [
    'legacyLines',
    { P_15: '200.02', P_13_1: '162.62', P_14_1: '37.40', currency: 'PLN', buyerId: { NIP: '5260250274' }, rows: 1 },
  ],
];

describe('buildInvoiceXml', () => {
  it.each(CASES)('%s: valid FA(3) with the amounts and parties expected', async (name, e) => {
    const snapshot: InvoiceSnapshot = SNAPSHOTS[name];
    const xml = buildInvoiceXml(snapshot, meta);
    expect(await validateAgainstSchema(xml)).toEqual({ valid: true });
    const x = readXml(xml);

    expect(x.one('KodWaluty')).toBe(e.currency);
    expect(x.one('P_15')).toBe(e.P_15);
    expect(x.one('P_13_1')).toBe(e.P_13_1);
    expect(x.one('P_14_1')).toBe(e.P_14_1);
    expect(x.one('P_14_1W')).toBe(e.P_14_1W);
    expect(x.one('P_6')).toBe(e.P_6);
    expect(x.rows).toHaveLength(e.rows);
    const buyer = x.root.getElementsByTagName('Podmiot2')[0];
    const id = buyer.getElementsByTagName('DaneIdentyfikacyjne')[0];
    expect(
      Object.fromEntries(
        kids(id)
          .filter((c) => c.tagName !== 'Nazwa')
          .map((c) => [c.tagName, c.textContent]),
      ),
    ).toEqual(e.buyerId);
    expect(id.getElementsByTagName('Nazwa')[0].textContent).toBe(snapshot.buyer.name);
    if (e.country)
      expect(
        buyer.getElementsByTagName('KodKraju')[buyer.getElementsByTagName('KodKraju').length - 1].textContent,
      ).toBe(e.country);

    // The same sums and lines as the PDF's input, whatever the hand-computed values say.
    const pdf = documentInput(snapshot, 'INVOICE');
    const totals = invoiceTotals(pdf.lines);
    expect(x.one('P_15')).toBe(money(totals.gross));
    expect(x.one('P_13_1')).toBe(money(totals.byRate[0].net));
    expect(x.one('P_14_1')).toBe(money(totals.byRate[0].vat));
    if (pdf.plnRate) expect(x.one('P_14_1W')).toBe(money(toPln(totals.byRate[0].vat, pdf.plnRate)));
    totals.lines.forEach((l, i) => {
      const row = x.rows[i];
      expect(row('NrWierszaFa')).toBe(String(i + 1));
      expect(row('P_7')).toBe(l.name);
      expect(row('P_8B')).toBe(String(l.quantity));
      expect(row('P_9B')).toBe(money(l.unitGross));
      expect(row('P_11A')).toBe(money(l.gross));
      expect(row('P_12')).toBe('23');
      expect(row('KursWaluty')).toBe(pdf.plnRate ? (pdf.plnRate.plnPerUnitTimes10000 / 10_000).toString() : undefined);
      expect(row('StanPrzed')).toBeUndefined();
    });
    expect(x.rows.reduce((a, r) => a + Math.round(Number(r('P_11A')) * 100), 0)).toBe(totals.gross);
  });

  it('writes the header, the seller, complete annotations and a paid PayU payment', () => {
    const x = readXml(buildInvoiceXml(SNAPSHOTS.companyCourses, meta));
    const form = x.root.getElementsByTagName('KodFormularza')[0];
    expect([form.textContent, form.getAttribute('kodSystemowy'), form.getAttribute('wersjaSchemy')]).toEqual([
      'FA',
      'FA (3)',
      '1-0E',
    ]);
    expect(x.one('WariantFormularza')).toBe('3');
    // meta.createdAt on Warsaw's clock (CET in March), to the second.
    expect(x.one('DataWytworzeniaFa')).toBe('2026-03-14T11:00:01+01:00');
    expect(x.one('SystemInfo')).toBe('Planeta');
    const seller = x.root.getElementsByTagName('Podmiot1')[0];
    expect(seller.getElementsByTagName('NIP')[0].textContent).toBe(SNAPSHOTS.companyCourses.seller.nip);
    expect(seller.getElementsByTagName('KodKraju')[0].textContent).toBe('PL');
    expect(seller.getElementsByTagName('AdresL1')[0].textContent).toBe(SNAPSHOTS.companyCourses.seller.addressLines[0]);
    expect(x.one('P_1')).toBe('2026-03-14');
    expect(x.one('P_2')).toBe('FV/2026/000123');
    expect(x.one('P_6')).toBeUndefined(); // sold and issued the same day
    expect(x.one('RodzajFaktury')).toBe('VAT');
    const a = x.root.getElementsByTagName('Adnotacje')[0];
    expect(kids(a).map((c) => `${c.tagName}=${c.textContent}`)).toEqual([
      'P_16=2',
      'P_17=2',
      'P_18=2',
      'P_18A=2',
      'Zwolnienie=1',
      'NoweSrodkiTransportu=1',
      'P_23=2',
      'PMarzy=1',
    ]);
    expect(x.all('P_19N')).toEqual(['1']);
    expect(x.all('P_22N')).toEqual(['1']);
    expect(x.all('P_PMarzyN')).toEqual(['1']);
    expect([x.one('Zaplacono'), x.one('DataZaplaty'), x.one('PlatnoscInna'), x.one('OpisPlatnosci')]).toEqual([
      '1',
      '2026-03-14',
      '1',
      'PayU',
    ]);
    expect(x.one('FormaPlatnosci')).toBeUndefined();
    expect(x.one('NrRB')).toBe('12102010260000010200000000');
    expect(x.one('NrZamowienia')).toBe('ZAM-20260314-7KQ3');
  });

  it('dates the creation in summer time on Warsaw’s clock', () => {
    const x = readXml(buildInvoiceXml(SNAPSHOTS.consumerRequested, { createdAt: new Date('2026-04-20T08:00:02Z') }));
    expect(x.one('DataWytworzeniaFa')).toBe('2026-04-20T10:00:02+02:00');
    expect(x.one('DataZaplaty')).toBe('2026-04-01');
    expect(x.one('P_1')).toBe('2026-04-20');
  });

  it('puts the sibling discount in P_10 with its name against the line, and the NBP rate beside', () => {
    const x = readXml(buildInvoiceXml(SNAPSHOTS.familyGbp, meta));
    expect(x.rows.map((r) => [r('P_7'), r('P_9B'), r('P_10'), r('P_11A')])).toEqual([
      ['Pakiet Standard 2026/2027 — Ola Nowak', '619.00', undefined, '619.00'],
      ['Egzamin ósmoklasisty — przygotowanie — Ola Nowak', '45.00', undefined, '45.00'],
      ['Pakiet Standard 2026/2027 — Jan Nowak', '619.00', '123.80', '495.20'],
      ['Lekcje języka polskiego w grupie — Jan Nowak', '99.00', undefined, '99.00'],
    ]);
    expect(x.notes).toEqual([
      { line: '3', key: 'Rabat', value: 'Rabat dla rodzeństwa' },
      {
        line: undefined,
        key: 'Kurs waluty',
        value: 'Przeliczono po kursie średnim NBP z dnia 13.03.2026: 1 GBP = 5,1234 PLN.',
      },
    ]);
  });

  it('notes where Premium’s books are shipped, line by line, without making the recipient a party', () => {
    const x = readXml(buildInvoiceXml(SNAPSHOTS.premiumUsdShipped, meta));
    expect(x.notes.filter((n) => n.key === 'Adres dostawy (lektury)').map((n) => n.value)).toEqual([
      'Halina Wiśniewska',
      'ul. Lipowa 3',
      '00-950 Warszawa',
    ]);
    expect(x.all('Podmiot3')).toEqual([]);
    const abroad = { ...SNAPSHOTS.premiumUsdShipped, shipTo: { ...SNAPSHOTS.premiumUsdShipped.shipTo, country: 'DE' } };
    expect(readXml(buildInvoiceXml(abroad, meta)).notes.at(-1)).toEqual({
      line: undefined,
      key: 'Adres dostawy (lektury)',
      value: 'Niemcy',
    });
  });

  it('leaves the PLN VAT and the rate out when the snapshot has no NBP rate, as the PDF says it is missing', () => {
    const x = readXml(buildInvoiceXml(SNAPSHOTS.nonEuCompanyNoRate, meta));
    expect(x.all('P_14_1W')).toEqual([]);
    expect(x.all('KursWaluty')).toEqual([]);
    expect(x.notes).toEqual([]);
  });

  it('writes several rates in the schema\'s order, each summed on its own (0 % as "0 KR", no tax)', async () => {
    const mixed: InvoiceSnapshot = {
      ...SNAPSHOTS.legacyLines,
      currency: 'EUR',
      plnRate: SNAPSHOTS.euCompanyEur.plnRate,
      lines: [
        { name: 'Lektury', quantity: 3, unit: 'szt.', unitGross: 4_200, vatRate: 5 },
        { name: 'Kurs', quantity: 1, unit: 'usł.', unitGross: 12_300, vatRate: 23 },
        { name: 'Egzamin', quantity: 1, unit: 'usł.', unitGross: 5_000, vatRate: 0 },
        { name: 'Zeszyt', quantity: 1, unit: 'szt.', unitGross: 1_080, vatRate: 8 },
      ],
    };
    const xml = buildInvoiceXml(mixed, meta);
    expect(await validateAgainstSchema(xml)).toEqual({ valid: true });
    const fa = kids(readXml(xml).root.getElementsByTagName('Fa')[0]).map((c) => c.tagName);
    expect(fa.filter((n) => /^P_1[345]/.test(n))).toEqual([
      ...['P_13_1', 'P_14_1', 'P_14_1W', 'P_13_2', 'P_14_2', 'P_14_2W', 'P_13_3', 'P_14_3', 'P_14_3W'],
      ...['P_13_6_1', 'P_15'],
    ]);
    const x = readXml(xml);
    // 126,00 € at 5 % → VAT 6,00 €; 123,00 € at 23 % → 23,00 €; 10,80 € at 8 % → 0,80 €; 50,00 € at 0 %.
    expect([x.one('P_13_3'), x.one('P_14_3'), x.one('P_14_3W')]).toEqual(['120.00', '6.00', '25.43']);
    expect([x.one('P_13_1'), x.one('P_14_1'), x.one('P_13_2'), x.one('P_14_2')]).toEqual([
      '100.00',
      '23.00',
      '10.00',
      '0.80',
    ]);
    expect(x.one('P_13_6_1')).toBe('50.00');
    expect(x.one('P_15')).toBe('309.80');
    expect(x.rows.map((r) => r('P_12'))).toEqual(['5', '23', '0 KR', '8']);
  });

  it('gives a buyer without any address no Adres', async () => {
    const xml = buildInvoiceXml(
      { ...SNAPSHOTS.consumerRequested, buyer: { name: 'Jan Kowalski', addressLines: [] } },
      meta,
    );
    expect(await validateAgainstSchema(xml)).toEqual({ valid: true });
    expect(readXml(xml).root.getElementsByTagName('Podmiot2')[0].getElementsByTagName('Adres')).toHaveLength(0);
  });

  it('is deterministic: the same snapshot and meta give the same bytes', () => {
    for (const s of Object.values(SNAPSHOTS)) {
      const copy = JSON.parse(JSON.stringify(s)) as InvoiceSnapshot;
      expect(buildInvoiceXml(copy, meta)).toBe(buildInvoiceXml(s, meta));
    }
    expect(buildInvoiceXml(SNAPSHOTS.companyCourses, { createdAt: new Date('2026-03-14T10:00:02Z') })).not.toBe(
      buildInvoiceXml(SNAPSHOTS.companyCourses, meta),
    );
  });

  it('writes UTF-8 without a BOM, escaping what XML must', () => {
    const xml = buildInvoiceXml(
      { ...SNAPSHOTS.companyCourses, buyer: { ...SNAPSHOTS.companyCourses.buyer, name: 'A & B <sp. j.>' } },
      meta,
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<Nazwa>A &amp; B &lt;sp. j.&gt;</Nazwa>');
    expect(readXml(xml).all('Nazwa')[1]).toBe('A & B <sp. j.>');
  });
});

describe('buildInvoiceXml refuses or cleans what the schema would not take', () => {
  const named = (name: string): InvoiceSnapshot => ({
    ...SNAPSHOTS.companyCourses,
    buyer: { ...SNAPSHOTS.companyCourses.buyer, name },
  });

  it('keeps a name of exactly 512 characters and refuses 513 with an error naming the field', async () => {
    expect(await validateAgainstSchema(buildInvoiceXml(named('Ż'.repeat(512)), meta))).toEqual({ valid: true });
    expect(() => buildInvoiceXml(named('Ż'.repeat(513)), meta)).toThrow(Fa3InputError);
    expect(() => buildInvoiceXml(named('Ż'.repeat(513)), meta)).toThrow(
      /Podmiot2\.Nazwa: is 513 characters long, the schema allows 512/,
    );
  });

  it('drops control characters and collapses whitespace, as xsd:token reads it', async () => {
    const xml = buildInvoiceXml(named('  Żuraw\u0001 \n sp.\u007f z o.o.\uFFFE '), meta);
    expect(await validateAgainstSchema(xml)).toEqual({ valid: true });
    expect(readXml(xml).all('Nazwa')[1]).toBe('Żuraw sp. z o.o.');
  });

  it('refuses an empty name, an unnumbered invoice and a rate it has no field for', () => {
    expect(() => buildInvoiceXml(named(' \t'), meta)).toThrow(/Podmiot2\.Nazwa: is empty/);
    expect(() => buildInvoiceXml({ ...SNAPSHOTS.companyCourses, number: null }, meta)).toThrow(/not numbered/);
    const taxi = { ...SNAPSHOTS.legacyLines, lines: [{ ...SNAPSHOTS.legacyLines.lines[0], vatRate: 4 }] };
    expect(() => buildInvoiceXml(taxi, meta)).toThrow(/VAT rate 4 %/);
  });
});
