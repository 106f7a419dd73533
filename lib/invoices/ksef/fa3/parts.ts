// The parts an invoice and a correcting invoice share in FA(3) (schemas/FA3.xsd): the header,
// the seller and the buyer, the sums per rate, the annotations and the lines. Elements are
// written in the schema's sequence order; amounts come from invoiceTotals, none are computed here.
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Currency } from '@/lib/format/money';
import { formatRate } from '@/lib/format/rate';
import { warsawDateKey, warsawParts } from '@/lib/format/time';
import { INVOICE } from '@/lib/invoices/legal-wording';
import type { InvoiceLine, InvoiceParty, PlnRate } from '@/lib/invoices/pdf';
import type { TaxedLine } from '@/lib/invoices/tax/vat';
import { Fa3InputError, amount, rateValue, token } from './text';

export const FA3_NAMESPACE = 'http://crd.gov.pl/wzor/2025/06/25/13775/';

export type Fa3Meta = {
  /** DataWytworzeniaFa, frozen with the XML (KsefDocument.createdAt). */
  createdAt: Date;
  /** SystemInfo; "Planeta" unless given. */
  systemInfo?: string;
};

/** A calendar day in Warsaw (TData): the tax point and issue dates are Polish days. */
export const day = (d: Date | string) => warsawDateKey(typeof d === 'string' ? new Date(d) : d);

/** An instant as Warsaw's wall clock with its offset, to the second ("2026-03-14T11:00:00+01:00"). */
export function warsawDateTime(d: Date): string {
  const p = warsawParts(d);
  const offset = Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - d.getTime()) / 60_000);
  const two = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const off = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  return `${day(d)}T${two(p.hour)}:${two(p.minute)}:${two(p.second)}${off}`;
}

export function header(root: XMLBuilder, meta: Fa3Meta): void {
  const h = root.ele('Naglowek');
  h.ele('KodFormularza', { kodSystemowy: 'FA (3)', wersjaSchemy: '1-0E' }).txt('FA');
  h.ele('WariantFormularza').txt('3');
  h.ele('DataWytworzeniaFa').txt(warsawDateTime(meta.createdAt));
  h.ele('SystemInfo').txt(token(meta.systemInfo ?? 'Planeta', 256, 'SystemInfo'));
}

/** TAdres: the first printed line in AdresL1, the rest in AdresL2 (TZnakowy512 each). */
function address(parent: XMLBuilder, lines: readonly string[], country: string, field: string): void {
  const [first, ...rest] = lines.map((l) => l.trim()).filter(Boolean);
  const a = parent.ele('Adres');
  a.ele('KodKraju').txt(country);
  a.ele('AdresL1').txt(token(first, 512, `${field}.AdresL1`));
  if (rest.length) a.ele('AdresL2').txt(token(rest.join(', '), 512, `${field}.AdresL2`));
}

const NIP = /^[1-9]((\d[1-9])|([1-9]\d))\d{7}$/;

/** Podmiot1: the platform, a Polish taxpayer. */
export function sellerPart(root: XMLBuilder, s: InvoiceParty & { nip: string }): void {
  const p = root.ele('Podmiot1');
  const id = p.ele('DaneIdentyfikacyjne');
  if (!NIP.test(s.nip)) throw new Fa3InputError('Podmiot1.NIP', `not a NIP: ${s.nip}`);
  id.ele('NIP').txt(s.nip);
  id.ele('Nazwa').txt(token(s.name, 512, 'Podmiot1.Nazwa'));
  if (!s.addressLines.some((l) => l.trim())) throw new Fa3InputError('Podmiot1.Adres', 'the seller has no address');
  address(p, s.addressLines, 'PL', 'Podmiot1');
}

// TKodyKrajowUE: the EU's own prefixes (Greece is EL for VAT, GR as a country), and XI.
const EU_VAT = new Set('AT BE BG CY CZ DK EE FI FR DE EL HR HU IE IT LV LT LU MT NL PT RO SK SI ES SE XI'.split(' '));
const euPrefix = (country: string) => (country === 'GR' ? 'EL' : country);

/**
 * Podmiot2. The identifier (art. 106e ust. 1 pkt 5): a Polish NIP — the only one checkout takes,
 * whatever the address — as NIP; another EU VAT number as KodUE + NrVatUE; any other tax number
 * as KodKraju + NrID; none (a consumer, at home or abroad) as BrakID = 1. The address is the
 * buyer's country's (KodKraju) with its printed lines; a buyer with no address lines has none.
 * JST and GV = 2: the platform sells to no subordinate unit of a local authority, no VAT group member.
 */
export function buyerPart(root: XMLBuilder, b: InvoiceParty): void {
  const p = root.ele('Podmiot2');
  const id = p.ele('DaneIdentyfikacyjne');
  const country = (b.country ?? 'PL').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw new Fa3InputError('Podmiot2.KodKraju', `not a country code: ${b.country}`);
  const taxId = (b.nip ?? '').replace(/[\s-]/g, '').toUpperCase();
  if (!taxId) id.ele('BrakID').txt('1');
  else if (NIP.test(taxId)) id.ele('NIP').txt(taxId);
  else if (EU_VAT.has(euPrefix(country))) {
    const prefix = euPrefix(country);
    const number = taxId.startsWith(prefix) ? taxId.slice(prefix.length) : taxId;
    if (!/^[0-9A-Z+*]{1,12}$/.test(number)) throw new Fa3InputError('Podmiot2.NrVatUE', `not a VAT number: ${b.nip}`);
    id.ele('KodUE').txt(prefix);
    id.ele('NrVatUE').txt(number);
  } else {
    id.ele('KodKraju').txt(country);
    id.ele('NrID').txt(token(taxId, 50, 'Podmiot2.NrID'));
  }
  id.ele('Nazwa').txt(token(b.name, 512, 'Podmiot2.Nazwa'));
  if (b.addressLines.some((l) => l.trim())) address(p, b.addressLines, country, 'Podmiot2');
  p.ele('JST').txt('2');
  p.ele('GV').txt('2');
}

/**
 * The rates the platform can invoice and their FA(3) fields, in the schema's order: the basic
 * rate (P_13_1/P_14_1), the reduced ones (P_13_2, P_13_3) and 0 % at home ("0 KR", P_13_6_1,
 * no tax). The flat taxi rates, exemptions and reverse charge are not sold here and throw.
 */
const RATE_FIELDS: { rates: number[]; p12: (r: number) => string; net: string; vat?: string; vatPln?: string }[] = [
  { rates: [23, 22], p12: String, net: 'P_13_1', vat: 'P_14_1', vatPln: 'P_14_1W' },
  { rates: [8, 7], p12: String, net: 'P_13_2', vat: 'P_14_2', vatPln: 'P_14_2W' },
  { rates: [5], p12: String, net: 'P_13_3', vat: 'P_14_3', vatPln: 'P_14_3W' },
  { rates: [0], p12: () => '0 KR', net: 'P_13_6_1' },
];

function rateFields(vatRate: number) {
  const f = RATE_FIELDS.find((x) => x.rates.includes(vatRate));
  if (!f) throw new Fa3InputError('P_12', `the VAT rate ${vatRate} % has no FA(3) field the platform fills`);
  return f;
}

/** One rate's sums; `vatPln` is its VAT in PLN (art. 106e ust. 11), null when none is stated. */
export type RateSum = { vatRate: number; net: number; vat: number; vatPln: number | null };

/** P_13_x / P_14_x / P_14_xW per rate, in the schema's order (two rates of one field would need summing: throws). */
export function rateSums(fa: XMLBuilder, sums: readonly RateSum[]): void {
  for (const s of sums) rateFields(s.vatRate);
  const groups = RATE_FIELDS.flatMap((f) => {
    const mine = sums.filter((s) => f.rates.includes(s.vatRate));
    if (mine.length > 1) throw new Fa3InputError(f.net, `two rates share it: ${mine.map((s) => s.vatRate).join(', ')}`);
    return mine.map((s) => ({ f, s }));
  });
  for (const { f, s } of groups) {
    fa.ele(f.net).txt(amount(s.net));
    if (f.vat) fa.ele(f.vat).txt(amount(s.vat));
    if (f.vatPln && s.vatPln !== null) fa.ele(f.vatPln).txt(amount(s.vatPln));
  }
}

/**
 * Adnotacje, every element present: no cash accounting (P_16), no self-billing (P_17), no
 * reverse charge (P_18), no split payment (P_18A — e-learning is not in annex 15), no exempt
 * supply (P_19N), no new means of transport (P_22N), no simplified triangular procedure (P_23),
 * no margin scheme (P_PMarzyN).
 */
export function annotations(fa: XMLBuilder): void {
  const a = fa.ele('Adnotacje');
  for (const name of ['P_16', 'P_17', 'P_18', 'P_18A']) a.ele(name).txt('2');
  a.ele('Zwolnienie').ele('P_19N').txt('1');
  a.ele('NoweSrodkiTransportu').ele('P_22N').txt('1');
  a.ele('P_23').txt('2');
  a.ele('PMarzy').ele('P_PMarzyN').txt('1');
}

/** DodatkowyOpis rows (TKluczWartosc), `line` when the note is about one FaWiersz. */
export type Note = { line?: number; key: string; value: string };

/** The NBP rate's day and value as the PDF words it (the rate alone is each line's KursWaluty). */
export function rateNote(currency: Currency, r: PlnRate | null | undefined): Note[] {
  if (currency === 'PLN' || !r) return [];
  const dayText = r.effectiveOn.split('-').reverse().join('.');
  return [{ key: 'Kurs waluty', value: INVOICE.nbpRate(dayText, currency, formatRate(r.plnPerUnitTimes10000)) }];
}

export function notes(fa: XMLBuilder, rows: readonly Note[]): void {
  for (const n of rows) {
    const d = fa.ele('DodatkowyOpis');
    if (n.line !== undefined) d.ele('NrWiersza').txt(String(n.line));
    d.ele('Klucz').txt(token(n.key, 256, 'DodatkowyOpis.Klucz'));
    d.ele('Wartosc').txt(token(n.value, 256, 'DodatkowyOpis.Wartosc'));
  }
}

/**
 * One FaWiersz from a line as invoiceTotals taxed it. Prices are gross (art. 106e ust. 7–8), so
 * the gross fields: unit price P_9B, discount P_10 (the "Rabat" column), value P_11A. KursWaluty
 * is the rate its VAT is stated in PLN by (dział VI, art. 31a), on foreign-currency invoices.
 */
export function lineRow(
  fa: XMLBuilder,
  n: number,
  l: TaxedLine<InvoiceLine>,
  o: { plnRate?: PlnRate | null; before?: boolean },
): void {
  const w = fa.ele('FaWiersz');
  w.ele('NrWierszaFa').txt(String(n));
  w.ele('P_7').txt(token(l.name, 512, `FaWiersz[${n}].P_7`));
  w.ele('P_8A').txt(token(l.unit, 256, `FaWiersz[${n}].P_8A`));
  w.ele('P_8B').txt(String(l.quantity));
  w.ele('P_9B').txt(amount(l.unitGross));
  if ((l.discountGross ?? 0) > 0) w.ele('P_10').txt(amount(l.discountGross!));
  w.ele('P_11A').txt(amount(l.gross));
  w.ele('P_12').txt(rateFields(l.vatRate).p12(l.vatRate));
  if (o.plnRate) w.ele('KursWaluty').txt(rateValue(o.plnRate.plnPerUnitTimes10000));
  if (o.before) w.ele('StanPrzed').txt('1');
}
