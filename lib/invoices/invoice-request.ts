// A consumer who got a purchase confirmation asks for a VAT invoice with their address, within
// the period of art. 106b ust. 3 of the VAT act. In one transaction the order takes the address
// and its RECEIPT becomes an unnumbered INVOICE (only if it still is a receipt: a second click
// changes nothing); right after the commit it is numbered in the gap-free series (./issue.ts).
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError } from '@/lib/errors';
import { lastInstantBefore } from '@/lib/format/time';
import { countryOptions } from '@/lib/families/rules/countries';
import { numberPendingInvoices, type InvoiceSnapshot } from '@/lib/invoices/issue';
import { invoiceRequestDecision } from '@/lib/invoices/rules/invoice-request';
import type { PostalAddress } from '@/lib/invoices/address-schema';

export type InvoiceRequestView =
  | null
  | { state: 'open'; lastDay: Date; initial: PostalAddress; countries: { code: string; name: string }[] }
  | { state: 'expired'; lastDay: Date }
  | { state: 'issued'; requestedAt: Date };

const addressLines = (a: PostalAddress) => [a.street, `${a.postalCode} ${a.city}`.trim()];

/** What the order page offers about an invoice: a request form, its expiry, or the request's outcome. */
export async function invoiceRequestView(
  userId: string,
  orderId: string,
  now = currentTime(),
  locale?: string,
): Promise<InvoiceRequestView> {
  const invoice = await db().invoice.findFirst({
    where: { orderId, order: { userId } },
    select: { kind: true, saleDate: true, snapshot: true, order: { select: { user: { select: { country: true } } } } },
  });
  if (!invoice) return null;
  if (invoice.kind === 'INVOICE') {
    const requestedAt = (invoice.snapshot as unknown as InvoiceSnapshot).requestedAt;
    return requestedAt ? { state: 'issued', requestedAt: new Date(requestedAt) } : null;
  }
  const d = invoiceRequestDecision(invoice.saleDate, now);
  const lastDay = lastInstantBefore(d.until);
  if (!d.allowed) return { state: 'expired', lastDay };
  return {
    state: 'open',
    lastDay,
    initial: { street: '', postalCode: '', city: '', country: invoice.order.user.country ?? 'PL' },
    countries: countryOptions(locale).map(({ code, name }) => ({ code, name })),
  };
}

/** Turns the order's receipt into an invoice with the buyer's address; returns its number. */
export async function requestInvoice(
  userId: string,
  orderId: string,
  address: PostalAddress,
  now = currentTime(),
): Promise<string | null> {
  await db().$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: { id: orderId, userId },
      select: { paidAt: true, invoice: { select: { id: true, kind: true, saleDate: true, snapshot: true } } },
    });
    if (!order) throw new NotFoundError('order');
    const invoice = order.invoice;
    if (!invoice) throw new UserError('invoices.errors.notPaid');
    if (invoice.kind === 'INVOICE') throw new UserError('invoices.errors.alreadyInvoiced');
    if (!invoiceRequestDecision(order.paidAt ?? invoice.saleDate, now).allowed)
      throw new UserError('invoices.errors.requestExpired');
    await tx.order.update({
      where: { id: orderId },
      data: { street: address.street, postalCode: address.postalCode, city: address.city, country: address.country },
    });
    const s = invoice.snapshot as unknown as InvoiceSnapshot;
    const snapshot = {
      ...s,
      buyer: { ...s.buyer, country: address.country, addressLines: addressLines(address) },
      requestedAt: now.toISOString(),
    };
    // Only a receipt still: a request racing this one finds the invoice already made.
    const { count } = await tx.invoice.updateMany({
      where: { id: invoice.id, kind: 'RECEIPT' },
      data: { kind: 'INVOICE', snapshot: snapshot as unknown as Prisma.InputJsonValue },
    });
    if (count === 0) throw new UserError('invoices.errors.alreadyInvoiced');
  });
  await numberPendingInvoices();
  const issued = await db().invoice.findFirst({ where: { orderId }, select: { number: true } });
  return issued?.number ?? null;
}
