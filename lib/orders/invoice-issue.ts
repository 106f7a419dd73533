// Issues the VAT invoice for a paid order inside the payment transaction. The yearly counter
// row is incremented in the same transaction, so the series has no gaps: a rolled-back
// payment rolls its number back too. The counter is bumped last, right before the commit, so
// concurrent payments wait on it as briefly as possible.
import { newRowId, type Sql } from '@/lib/db/sql';
import { formatInvoiceNumber, invoiceSeriesYear } from '@/lib/invoices/numbering';
import { seller } from '@/lib/invoices/seller';
import type { InvoiceInput } from '@/lib/invoices/pdf';
import type { Currency } from '@/lib/format/money';
import type { PaidItem, PaidOrder } from './fulfil';

export type InvoiceSnapshot = Omit<InvoiceInput, 'issueDate' | 'saleDate'> & { issueDate: string; saleDate: string };

export function invoiceSnapshot(order: PaidOrder, items: PaidItem[], number: string, paidAt: Date): InvoiceSnapshot {
  const s = seller();
  return {
    number,
    issueDate: paidAt.toISOString(),
    saleDate: paidAt.toISOString(),
    place: 'Warszawa',
    seller: { name: s.name, nip: s.nip, addressLines: s.addressLines, bankAccount: s.bankAccount },
    buyer: {
      name: order.buyerName,
      nip: order.nip,
      addressLines: [order.street, [order.postalCode, order.city].filter(Boolean).join(' ')].filter((l): l is string => !!l),
    },
    lines: items.map((i) => ({ name: i.name, quantity: i.quantity, unit: 'szt.', unitGross: i.unitGross, vatRate: i.vatRate })),
    currency: order.currency as Currency,
    paymentMethod: 'PayU',
    paid: true,
  };
}

/** formatInvoiceNumber in SQL ("FV/2026/000123"; wider past 999 999), pinned to it by a test. */
export const INVOICE_NUMBER_SQL = (year: string, seq: string) =>
  `'FV/' || ${year}::int || '/' || lpad(${seq}::text, greatest(6, length(${seq}::text)), '0')`;

/**
 * One statement bumps the year's counter and writes the invoice with its number, so the
 * counter row stays locked only until the commit that follows. The number is formatted in SQL
 * exactly as formatInvoiceNumber does (checked below, and by the tests).
 */
export async function issueInvoice(sql: Sql, order: PaidOrder, items: PaidItem[], paidAt: Date): Promise<string> {
  const year = invoiceSeriesYear(paidAt);
  const { rows } = await sql.query<{ number: string; seq: number }>({
    name: 'invoice-issue',
    text: `WITH c AS (
       INSERT INTO "InvoiceCounter" ("year", "last") VALUES ($1, 1)
       ON CONFLICT ("year") DO UPDATE SET "last" = "InvoiceCounter"."last" + 1
       RETURNING "last"),
     n AS (SELECT "last", ${INVOICE_NUMBER_SQL('$1', '"last"')} AS "number" FROM c)
     INSERT INTO "Invoice" ("id", "orderId", "number", "year", "seq", "issuedAt", "saleDate", "snapshot")
     SELECT $2, $3, n."number", $1, n."last", $4, $4, jsonb_set($5::jsonb, '{number}', to_jsonb(n."number")) FROM n
     RETURNING "number", "seq"`,
    values: [year, newRowId(), order.id, paidAt, JSON.stringify(invoiceSnapshot(order, items, '', paidAt))],
  });
  const { number, seq } = rows[0];
  if (number !== formatInvoiceNumber(seq, year)) throw new Error(`Numer faktury ${number} nie zgadza się z formatem serii`);
  return number;
}
