// The VAT invoice of a paid order, in two steps:
//  1. The payment's statement or transaction writes the invoice UNNUMBERED, with its snapshot
//     (what the PDF prints, frozen) built in SQL from the order's rows by one definition shared
//     by both ways a payment settles (lib/settlement/settle-at-once.ts and settle-payment.ts).
//  2. Right after the commit, `numberPendingInvoices` gives every unnumbered invoice the next
//     numbers of the year's series, in one short statement for all of them.
// The series stays gap-free (a number is only taken together with the invoice that gets it),
// and payments no longer queue on the counter row: holding it from the payment until its commit
// let only one payment commit at a time. A crash between the steps leaves an unnumbered invoice
// that the `invoices.number` job numbers within a minute. The issue date is the numbering's.
import { currentTime } from '@/lib/clock/clock';
import { sqlPool } from '@/lib/db/sql';
import { invoiceSeriesYear } from '@/lib/invoices/numbering';
import { seller } from '@/lib/invoices/seller';
import { submitLater } from '@/lib/invoices/ksef/submission/enqueue';
import type { InvoiceInput } from '@/lib/invoices/pdf';
import type { SnapshotItem } from '@/lib/invoices/lines';

export type InvoiceSnapshot = Omit<InvoiceInput, 'issueDate' | 'saleDate' | 'number' | 'lines'> & {
  number: string | null;
  issueDate: string | null;
  saleDate: string;
  /** Older snapshots: one line per order item, as printed then. */
  lines?: InvoiceInput['lines'];
  /** Since the lines builder: the order's items whole, turned into lines by lib/invoices/lines.ts. */
  items?: SnapshotItem[];
  orderNumber?: string;
  /** A receipt turned into this invoice at the consumer's request (lib/invoices/invoice-request.ts). */
  requestedAt?: string;
};

/** formatInvoiceNumber in SQL ("FV/2026/000123"; wider past 999 999), pinned to it by a test. */
export const INVOICE_NUMBER_SQL = (year: string, seq: string) =>
  `'FV/' || ${year}::int || '/' || lpad(${seq}::text, greatest(6, length(${seq}::text)), '0')`;

/** The seller as the snapshot stores it: a parameter of the issuing statement (JSON text). */
export function sellerSnapshot(): string {
  const s = seller();
  return JSON.stringify({ name: s.name, nip: s.nip, addressLines: s.addressLines, bankAccount: s.bankAccount });
}

/**
 * INSERT of the unnumbered invoice for an "Order" row `o` and a relation `items` of its
 * "OrderItem" rows, sold at `sold` (ISO text `soldIso`); `from` ends the SELECT. The snapshot's
 * number and issue date are filled in when it is numbered. Address lines: the street, then postal
 * code and city; empty parts are left out; the country is kept as a code (printed by name).
 * The items are kept whole (kind, details) so lib/invoices/lines.ts can put each product, add-on
 * and discount on its own line. A consumer with no address — one who did not ask for an invoice
 * at checkout (lib/orders/place-order.ts stores a person's address only then) — gets a RECEIPT,
 * never numbered in the invoice series. A foreign-currency invoice also keeps the PLN rate its
 * VAT is stated in (lib/invoices/pdf.ts).
 */
export function unnumberedInvoiceInsert(a: {
  id: string;
  o: string;
  items: string;
  sold: string;
  soldIso: string;
  seller: string;
  from: string;
}): string {
  const { o } = a;
  return `INSERT INTO "Invoice" ("id", "orderId", "saleDate", "kind", "snapshot")
    SELECT ${a.id}, ${o}."id", ${a.sold}, ${RECEIPT_OR_INVOICE_SQL(o)}, jsonb_build_object(
      'number', NULL, 'issueDate', NULL, 'saleDate', ${a.soldIso}::text, 'place', 'Warszawa',
      'orderNumber', ${o}."number",
      'seller', ${a.seller}::jsonb,
      'buyer', ${buyerSnapshotSql(o)},
      'shipTo', CASE WHEN nullif(${o}."shippingStreet", '') IS NULL THEN NULL ELSE jsonb_build_object(
        'name', ${o}."shippingName", 'country', ${o}."shippingCountry", 'addressLines', to_jsonb(array_remove(ARRAY[
        nullif(${o}."shippingStreet", ''),
        nullif(concat_ws(' ', nullif(${o}."shippingPostalCode", ''), nullif(${o}."shippingCity", '')), '')], NULL))) END,
      'items', (SELECT coalesce(jsonb_agg(jsonb_build_object('name', i."name", 'quantity', i."quantity", 'seats', i."seats",
                  'unitGross', i."unitGross", 'vatRate', i."vatRate", 'totalGross', i."totalGross", 'kind', i."kind",
                  'details', i."details") ORDER BY i."id"), '[]') FROM ${a.items} i),
      'currency', ${o}."currency", 'paymentMethod', 'PayU', 'paid', true)
      -- In a foreign currency, the rate of the last working day before the sale (art. 31a), or null.
      || CASE WHEN ${o}."currency" = 'PLN' THEN '{}'::jsonb ELSE jsonb_build_object('plnRate', (
           SELECT jsonb_build_object('plnPerUnitTimes10000', r."plnPerUnitTimes10000", 'effectiveOn', to_char(r."effectiveOn", 'YYYY-MM-DD'))
             FROM "ExchangeRate" r
            WHERE r."currency" = ${o}."currency" AND r."effectiveOn" < (${a.sold}::timestamptz AT TIME ZONE 'Europe/Warsaw')::date
            ORDER BY r."effectiveOn" DESC LIMIT 1)) END
    ${a.from}`;
}

/** RECEIPT for a person who left no address (asked for no invoice), else INVOICE. */
const RECEIPT_OR_INVOICE_SQL = (o: string) =>
  `(CASE WHEN ${o}."buyerType" = 'PERSON' AND nullif(${o}."street", '') IS NULL THEN 'RECEIPT' ELSE 'INVOICE' END)::"InvoiceKind"`;

/** The buyer as the snapshot keeps it, from an "Order" row `o` (also used by a later invoice request). */
export const buyerSnapshotSql = (o: string) =>
  `jsonb_build_object('name', ${o}."buyerName", 'nip', ${o}."nip", 'country', ${o}."country", 'addressLines', to_jsonb(array_remove(ARRAY[
        nullif(${o}."street", ''),
        nullif(concat_ws(' ', nullif(${o}."postalCode", ''), nullif(${o}."city", '')), '')], NULL)))`;

// $1 series year  $2 issue instant  $3 the same as ISO text. One statement, in autocommit: it
// locks the unnumbered invoices no other numbering holds (SKIP LOCKED; one numbered meanwhile no
// longer qualifies when locked), takes exactly that many numbers from the year's counter (whose
// row lock orders concurrent numberings) and gives them out in the order of sale. Only sales
// up to the issue instant: an invoice is never issued before its sale, nor in the series of the
// year before (a sale committed after `now` was taken is numbered by its own payment's run).
const NUMBER_PENDING = `
WITH unnumbered AS (
       SELECT "id", "saleDate" FROM "Invoice" WHERE "number" IS NULL AND "kind" = 'INVOICE' AND "saleDate" <= $2
        ORDER BY "saleDate", "id" FOR UPDATE SKIP LOCKED),
     ranked AS (SELECT "id", row_number() OVER (ORDER BY "saleDate", "id") AS k, count(*) OVER () AS total FROM unnumbered),
     c AS (
       INSERT INTO "InvoiceCounter" ("year", "last") SELECT $1, count(*) FROM unnumbered HAVING count(*) > 0
       ON CONFLICT ("year") DO UPDATE SET "last" = "InvoiceCounter"."last" + EXCLUDED."last"
       RETURNING "last"),
     numbered AS (
       SELECT r."id", c."last" - r.total + r.k AS seq, ${INVOICE_NUMBER_SQL('$1', '(c."last" - r.total + r.k)')} AS "number"
         FROM ranked r, c)
UPDATE "Invoice" i
   SET "number" = x."number", "year" = $1, "seq" = x.seq, "issuedAt" = $2,
       "snapshot" = i."snapshot" || jsonb_build_object('number', x."number", 'issueDate', $3::text)
  FROM numbered x
 WHERE i."id" = x."id"
RETURNING i."id"`;

/**
 * Numbers every unnumbered invoice no other numbering is handling; returns how many. The numbered
 * ones go to KSeF by a job, after this statement's commit (never inside a payment's transaction).
 */
export async function numberInvoices(now: Date = currentTime()): Promise<number> {
  const { rows } = await sqlPool().query<{ id: string }>({
    name: 'invoice-number-pending',
    text: NUMBER_PENDING,
    values: [invoiceSeriesYear(now), now, now.toISOString()],
  });
  // Awaited (a quick INSERT; failures are logged there), so a script that exits next loses none.
  if (rows.length > 0) await submitLater(rows.map((r) => ({ invoiceId: r.id })));
  return rows.length;
}

// Payments that commit together share one numbering: while one runs, callers wait for the one
// after it (whose snapshot is sure to include their invoice).
const flight: { current: Promise<number> | null; next: Promise<number> | null } = { current: null, next: null };

/** Numbers the invoices of payments committed so far (including the caller's). */
export function numberPendingInvoices(): Promise<number> {
  if (!flight.current) {
    flight.current = numberInvoices().finally(() => {
      flight.current = null;
    });
    return flight.current;
  }
  flight.next ??= flight.current
    .catch(() => 0)
    .then(() => {
      flight.next = null;
      return numberPendingInvoices();
    });
  return flight.next;
}
