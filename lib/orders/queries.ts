// Reads of orders. A buyer's reads carry the owner in the where clause; staff reads are
// separate functions that pages call only after requirePermission('panel:orders').
import { db } from '@/lib/db/client';
import { searchTerm } from '@/lib/db/like';
import type { OrderStatus } from '@/lib/db/generated/enums';

export function listMyOrders(userId: string) {
  return db().order.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      number: true,
      status: true,
      totalGross: true,
      currency: true,
      createdAt: true,
      invoice: { select: { number: true, kind: true } },
    },
  });
}

export function getMyOrder(userId: string, orderId: string) {
  return db().order.findFirst({
    where: { id: orderId, userId },
    select: {
      id: true,
      number: true,
      status: true,
      totalGross: true,
      currency: true,
      createdAt: true,
      paidAt: true,
      refundedGross: true,
      buyerName: true,
      nip: true,
      street: true,
      postalCode: true,
      city: true,
      immediateDeliveryConsent: true,
      items: {
        select: {
          id: true,
          name: true,
          quantity: true,
          unitGross: true,
          totalGross: true,
          seats: true,
          kind: true,
          // A plain course line is shown as its course's title and the offer in the reader's language.
          offerId: true,
          topUpGroupId: true,
          course: { select: { slug: true, title: true } },
        },
      },
      payments: { orderBy: { createdAt: 'desc' }, take: 1, select: { status: true } },
      invoice: { select: INVOICE_WITH_KSEF },
      refunds: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          amount: true,
          status: true,
          description: true,
          createdAt: true,
          finalizedAt: true,
          failure: true,
          canceledAt: true,
        },
      },
    },
  });
}

/** What the order page polls: the order's state, its latest payment attempt and its invoice's number (a receipt has none: its kind). */
export async function myOrderStatus(userId: string, orderId: string) {
  const o = await db().order.findFirst({
    where: { id: orderId, userId },
    select: {
      status: true,
      payments: { orderBy: { createdAt: 'desc' }, take: 1, select: { status: true } },
      invoice: { select: INVOICE_WITH_KSEF },
    },
  });
  return o ? { order: o.status, payment: o.payments[0]?.status ?? null, invoice: invoiceKey(o.invoice) } : null;
}

/** The invoice with where it stands in KSeF (lib/invoices/ksef/submission), as the order page shows it. */
const INVOICE_WITH_KSEF = {
  number: true,
  kind: true,
  ksef: { select: { status: true, offline: true, ksefNumber: true } },
} as const;

type InvoiceWithKsef = {
  number: string | null;
  kind: string;
  ksef: { status: string; offline: boolean; ksefNumber: string | null } | null;
} | null;

/** What the page polls for: the number (a receipt: its kind), then its KSeF state and number. */
export function invoiceKey(i: InvoiceWithKsef): string | null {
  if (!i) return null;
  const base = i.number ?? i.kind;
  return i.ksef ? `${base}/${i.ksef.status}/${i.ksef.ksefNumber ?? (i.ksef.offline ? 'offline' : '')}` : base;
}

/** Still worth polling: numbering, or KSeF has not answered an online invoice yet. */
export function invoicePending(i: InvoiceWithKsef): boolean {
  if (!i || i.kind === 'RECEIPT') return false;
  if (!i.number || !i.ksef) return true;
  return i.ksef.status === 'SENT' || (i.ksef.status === 'PENDING' && !i.ksef.offline);
}

export function listOrdersForStaff(filter: { status?: OrderStatus; q?: string }) {
  // `%` and `_` typed in the search box are letters, not wildcards.
  const q = searchTerm(filter.q);
  return db().order.findMany({
    where: {
      status: filter.status,
      ...(q
        ? {
            OR: [
              { number: { contains: q, mode: 'insensitive' } },
              { buyerEmail: { contains: q, mode: 'insensitive' } },
              { buyerName: { contains: q, mode: 'insensitive' } },
            ],
          }
        : {}),
    },
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: {
      id: true,
      number: true,
      status: true,
      totalGross: true,
      currency: true,
      createdAt: true,
      buyerName: true,
      buyerEmail: true,
    },
  });
}

export function getOrderForStaff(orderId: string) {
  return db().order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      status: true,
      totalGross: true,
      refundedGross: true,
      currency: true,
      createdAt: true,
      paidAt: true,
      buyerType: true,
      buyerName: true,
      buyerEmail: true,
      companyName: true,
      nip: true,
      street: true,
      postalCode: true,
      city: true,
      termsVersion: true,
      immediateDeliveryConsent: true,
      items: { select: { id: true, name: true, quantity: true, seats: true, unitGross: true, totalGross: true } },
      payments: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          extOrderId: true,
          payuOrderId: true,
          status: true,
          amount: true,
          createdAt: true,
          events: {
            orderBy: { createdAt: 'asc' },
            select: { id: true, kind: true, status: true, detail: true, createdAt: true },
          },
        },
      },
      refunds: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          amount: true,
          status: true,
          description: true,
          createdAt: true,
          finalizedAt: true,
          failure: true,
          canceledAt: true,
        },
      },
      invoice: { select: { number: true, kind: true } },
    },
  });
}
