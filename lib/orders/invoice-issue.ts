// Issues the VAT invoice for a paid order inside the payment transaction. The yearly counter
// row is incremented in the same transaction, so the series has no gaps: a rolled-back
// payment rolls its number back too.
import type { Tx } from '@/lib/db/client';
import { formatInvoiceNumber, invoiceSeriesYear } from '@/lib/invoices/numbering';
import { seller } from '@/lib/invoices/seller';
import type { InvoiceInput } from '@/lib/invoices/pdf';
import type { Currency } from '@/lib/format/money';

export type InvoiceSnapshot = Omit<InvoiceInput, 'issueDate' | 'saleDate'> & { issueDate: string; saleDate: string };

export async function issueInvoice(tx: Tx, orderId: string, paidAt: Date): Promise<string> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      buyerName: true, nip: true, street: true, postalCode: true, city: true, buyerEmail: true, currency: true,
      items: { select: { name: true, quantity: true, unitGross: true, vatRate: true } },
    },
  });
  const year = invoiceSeriesYear(paidAt);
  const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "InvoiceCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "InvoiceCounter"."last" + 1
    RETURNING "last"`;
  const number = formatInvoiceNumber(last, year);
  const s = seller();
  const snapshot: InvoiceSnapshot = {
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
    lines: order.items.map((i) => ({ name: i.name, quantity: i.quantity, unit: 'szt.', unitGross: i.unitGross, vatRate: i.vatRate })),
    currency: order.currency as Currency,
    paymentMethod: 'PayU',
    paid: true,
  };
  await tx.invoice.create({ data: { orderId, number, year, seq: last, issuedAt: paidAt, saleDate: paidAt, snapshot } });
  return number;
}
