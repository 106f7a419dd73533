// The VAT invoice of a paid order as an FA(3) document for KSeF, from the same numbered snapshot
// and the same lines and sums (documentInput → invoiceTotals) as its PDF, so both state the same
// amounts to the grosz.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { documentInput } from '@/lib/invoices/document-input';
import type { InvoiceSnapshot } from '@/lib/invoices/issue';
import { INVOICE } from '@/lib/invoices/legal-wording';
import { toPln, type InvoiceInput } from '@/lib/invoices/pdf';
import { invoiceTotals } from '@/lib/invoices/tax/vat';
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
  type Note,
} from './parts';
import { Fa3InputError, amount, token } from './text';

const countryNames = new Intl.DisplayNames('pl', { type: 'region' });

/**
 * What the PDF says and FA(3) has no field of its own for goes to DodatkowyOpis, worded as
 * printed: each discount's name against its line (the amount itself is P_10), the NBP rate's
 * day (the rate is KursWaluty), and where a Premium package's books are shipped. That address
 * is not a party to the sale: Podmiot3's roles (factor, a recipient unit *within* the buyer,
 * additional buyer, payer…) do not describe a parent's chosen delivery address, and Transport's
 * WysylkaDo has no recipient's name, so it is a note, one row per printed line.
 */
function documentNotes(inv: InvoiceInput): Note[] {
  const rows: Note[] = inv.lines.flatMap((l, i) =>
    (l.discountGross ?? 0) > 0 && l.discountLabel
      ? [{ line: i + 1, key: INVOICE.columns[5], value: l.discountLabel }]
      : [],
  );
  rows.push(...rateNote(inv.currency, inv.plnRate));
  if (inv.shipTo) {
    const { name, addressLines, country } = inv.shipTo;
    const abroad = country && country !== 'PL' ? [countryNames.of(country) ?? country] : [];
    for (const value of [name, ...addressLines, ...abroad]) rows.push({ key: INVOICE.shipTo, value });
  }
  return rows;
}

/**
 * Platnosc of a paid order: paid (Zaplacono) on the sale day, which is the day PayU confirmed
 * the payment. FormaPlatnosci's list (cash, card, voucher, cheque, credit, transfer, mobile)
 * has no payment institution, and the snapshot records PayU, not whether the buyer used a card,
 * BLIK or a transfer inside it, so the same choice's other branch names it: PlatnoscInna +
 * OpisPlatnosci. The seller's account, when printed on the PDF, is RachunekBankowy.
 */
export function payment(fa: XMLBuilder, inv: InvoiceInput): void {
  const p = fa.ele('Platnosc');
  if (inv.paid) {
    p.ele('Zaplacono').txt('1');
    p.ele('DataZaplaty').txt(day(inv.saleDate));
  }
  p.ele('PlatnoscInna').txt('1');
  p.ele('OpisPlatnosci').txt(token(inv.paymentMethod, 256, 'OpisPlatnosci'));
  const account = inv.seller.bankAccount?.replace(/\s/g, '');
  if (account) p.ele('RachunekBankowy').ele('NrRB').txt(account);
}

/**
 * FA(3) of a numbered invoice snapshot. P_6 (the sale day) only when it differs from the issue
 * day, as its documentation says; a foreign-currency invoice adds the PLN VAT per rate
 * (P_14_xW) and the rate on each line, unless the snapshot has no rate (the PDF then says it is
 * missing, and the XML leaves the optional fields out rather than invent one). FP stays out for
 * an invoice a consumer asked for after a purchase confirmation: art. 109 ust. 3d concerns
 * receipts from a cash register, and the confirmation is none.
 */
export function buildInvoiceXml(snapshot: InvoiceSnapshot, meta: Fa3Meta): string {
  if (!snapshot.number || !snapshot.issueDate) throw new Fa3InputError('P_2', 'the invoice is not numbered yet');
  const inv = documentInput(snapshot, 'INVOICE');
  const totals = invoiceTotals(inv.lines);
  const rate = inv.currency !== 'PLN' ? (inv.plnRate ?? null) : null;

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(FA3_NAMESPACE, 'Faktura');
  header(root, meta);
  sellerPart(root, inv.seller);
  buyerPart(root, inv.buyer);

  const fa = root.ele('Fa');
  fa.ele('KodWaluty').txt(inv.currency);
  fa.ele('P_1').txt(day(inv.issueDate));
  fa.ele('P_1M').txt(token(inv.place, 256, 'P_1M'));
  fa.ele('P_2').txt(token(inv.number, 256, 'P_2'));
  if (day(inv.saleDate) !== day(inv.issueDate)) fa.ele('P_6').txt(day(inv.saleDate));
  rateSums(
    fa,
    totals.byRate.map((r) => ({
      vatRate: r.vatRate,
      net: r.net,
      vat: r.vat,
      vatPln: rate ? toPln(r.vat, rate) : null,
    })),
  );
  fa.ele('P_15').txt(amount(totals.gross));
  annotations(fa);
  fa.ele('RodzajFaktury').txt('VAT');
  notes(fa, documentNotes(inv));
  totals.lines.forEach((l, i) => lineRow(fa, i + 1, l, { plnRate: rate }));
  payment(fa, inv);
  if (inv.orderNumber)
    fa.ele('WarunkiTransakcji')
      .ele('Zamowienia')
      .ele('NrZamowienia')
      .txt(token(inv.orderNumber, 256, 'NrZamowienia'));
  return root.end({ prettyPrint: true });
}
