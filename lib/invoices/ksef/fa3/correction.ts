// A refund's correcting invoice (art. 106j of the VAT Act) as an FA(3) document of kind KOR, from
// its numbered CorrectionSnapshot: the lines it changes before and after, and the sums as the
// difference between invoiceTotals after and before, the way its PDF computes them.
import { create } from 'xmlbuilder2';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import { toPln } from '@/lib/invoices/pdf';
import { invoiceTotals, type RateSummary } from '@/lib/invoices/tax/vat';
import {
  FA3_NAMESPACE,
  annotations,
  buyerPart,
  day,
  header,
  lineRow,
  notes,
  rateNote,
  rateSums,
  sellerPart,
  type Fa3Meta,
  type RateSum,
} from './parts';
import { Fa3InputError, amount, token } from './text';

export type Fa3CorrectionMeta = Fa3Meta & {
  /** The corrected invoice's KSeF number; null: none is known here (the snapshot's, if it froze one, is used). */
  correctedKsefNumber: string | null;
};

const KSEF_NUMBER =
  /^([1-9]((\d[1-9])|([1-9]\d))\d{7}|M\d{9}|[A-Z]{3}\d{7})-(20[2-9][0-9]|2[1-9][0-9]{2}|[3-9][0-9]{3})(0[1-9]|1[0-2])(0[1-9]|[1-2][0-9]|3[0-1])-([0-9A-F]{6})-?([0-9A-F]{6})-([0-9A-F]{2})$/;

const sameLine = (a: CorrectionSnapshot['before'][number], b: CorrectionSnapshot['after'][number]) =>
  a.name === b.name &&
  a.quantity === b.quantity &&
  a.unitGross === b.unitGross &&
  a.vatRate === b.vatRate &&
  (a.discountGross ?? 0) === (b.discountGross ?? 0);

/**
 * Per rate, after − before, each side summed the way its invoice is (VAT on the rate's gross sum,
 * art. 106e ust. 8). The PLN VAT is the difference of each side in PLN at the rate the corrected
 * invoice used, so the original's P_14_xW plus this one's equal the standing PLN VAT.
 */
function differences(
  before: RateSummary[],
  after: RateSummary[],
  rates: number[],
  toPl: ((v: number) => number) | null,
) {
  const of = (xs: RateSummary[], r: number) => xs.find((x) => x.vatRate === r) ?? { net: 0, vat: 0, gross: 0 };
  return rates.map((vatRate): RateSum => {
    const b = of(before, vatRate);
    const a = of(after, vatRate);
    return { vatRate, net: a.net - b.net, vat: a.vat - b.vat, vatPln: toPl ? toPl(a.vat) - toPl(b.vat) : null };
  });
}

/**
 * FA(3) KOR of a numbered correction. TypKorekty = 2, "korekta skutkująca w dacie wystawienia
 * faktury korygującej" (schemas/FA3.xsd, TTypKorekty): a refund lowers the tax base, which
 * art. 29a ust. 13 settles in the period the correcting invoice is issued. DaneFaKorygowanej
 * names the original invoice — also for a second correction — with its KSeF number (NrKSeF = 1;
 * meta's, else the one the snapshot froze) or, without one, NrKSeFN = 1 (issued outside KSeF).
 * Only the positions the refund changes are listed, each as the row before (StanPrzed = 1) and
 * the row after with numbers of their own, as StanPrzed's documentation describes; lines left as
 * they were need no row. P_15 and the per-rate sums are the differences: negative for a refund.
 */
export function buildCorrectionXml(snapshot: CorrectionSnapshot, meta: Fa3CorrectionMeta): string {
  const s = snapshot;
  if (!s.number || !s.issueDate) throw new Fa3InputError('P_2', 'the correction is not numbered yet');
  if (s.before.length !== s.after.length || s.before.length === 0)
    throw new Fa3InputError('FaWiersz', 'the lines before and after do not pair up');
  const changed = s.before.flatMap((b, i) => (sameLine(b, s.after[i]) ? [] : [i]));
  if (changed.length === 0) throw new Fa3InputError('FaWiersz', 'the correction changes no line');
  const ksef = meta.correctedKsefNumber ?? s.corrected.ksefNumber;
  if (ksef !== null && !KSEF_NUMBER.test(ksef))
    throw new Fa3InputError('NrKSeFFaKorygowanej', `not a KSeF number: ${ksef}`);

  const before = invoiceTotals(s.before);
  const after = invoiceTotals(s.after);
  const rate = s.currency !== 'PLN' ? (s.plnRate ?? null) : null;
  const rates = [...new Set(changed.map((i) => s.before[i].vatRate))].sort((a, b) => b - a);

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(FA3_NAMESPACE, 'Faktura');
  header(root, meta);
  sellerPart(root, s.seller);
  buyerPart(root, s.buyer);

  const fa = root.ele('Fa');
  fa.ele('KodWaluty').txt(s.currency);
  fa.ele('P_1').txt(day(s.issueDate));
  fa.ele('P_1M').txt(token(s.place, 256, 'P_1M'));
  fa.ele('P_2').txt(token(s.number, 256, 'P_2'));
  // All fields "as after the correction": the sale day is still the corrected invoice's.
  if (day(s.corrected.saleDate) !== day(s.issueDate)) fa.ele('P_6').txt(day(s.corrected.saleDate));
  rateSums(fa, differences(before.byRate, after.byRate, rates, rate ? (v) => toPln(v, rate) : null));
  fa.ele('P_15').txt(amount(after.gross - before.gross));
  annotations(fa);
  fa.ele('RodzajFaktury').txt('KOR');
  fa.ele('PrzyczynaKorekty').txt(token(s.reason, 256, 'PrzyczynaKorekty'));
  fa.ele('TypKorekty').txt('2');
  const corrected = fa.ele('DaneFaKorygowanej');
  corrected.ele('DataWystFaKorygowanej').txt(day(s.corrected.issueDate));
  corrected.ele('NrFaKorygowanej').txt(token(s.corrected.number, 256, 'NrFaKorygowanej'));
  if (ksef) {
    corrected.ele('NrKSeF').txt('1');
    corrected.ele('NrKSeFFaKorygowanej').txt(ksef);
  } else corrected.ele('NrKSeFN').txt('1');
  notes(fa, rateNote(s.currency, s.plnRate));
  changed.forEach((i, k) => {
    lineRow(fa, 2 * k + 1, before.lines[i], { plnRate: rate, before: true });
    lineRow(fa, 2 * k + 2, after.lines[i], { plnRate: rate });
  });
  if (s.orderNumber)
    fa.ele('WarunkiTransakcji')
      .ele('Zamowienia')
      .ele('NrZamowienia')
      .txt(token(s.orderNumber, 256, 'NrZamowienia'));
  return root.end({ prettyPrint: true });
}
