// The payer's own contracts (/konto/umowy): every query has the payer in its `where`, so someone
// else's contract is simply not found (404, never 403).
import { db } from '@/lib/db/client';

const PAID_ORDER = ['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'] as const;

export async function myContracts(payerId: string) {
  return db().contract.findMany({
    where: { payerId },
    orderBy: { signedAt: 'desc' },
    select: {
      id: true,
      number: true,
      status: true,
      offer: { select: { title: true } },
      beneficiary: { select: { firstName: true, lastName: true } },
      charges: {
        where: { status: 'OPEN' },
        orderBy: { dueDate: 'asc' },
        take: 1,
        select: { amount: true, discount: true, currency: true, dueDate: true, status: true, paidAt: true },
      },
    },
  });
}

export async function myContract(payerId: string, number: string) {
  return db().contract.findFirst({
    where: { payerId, number },
    select: {
      id: true,
      number: true,
      status: true,
      planKind: true,
      planCode: true,
      payMethod: true,
      termination: true,
      currency: true,
      cardLabel: true,
      signedAt: true,
      suspendedAt: true,
      paidThrough: true,
      endsOn: true,
      endedAt: true,
      endReason: true,
      terminateOffset: true,
      immediateStartConsent: true,
      offer: { select: { title: true, slug: true } },
      beneficiary: { select: { firstName: true, lastName: true } },
      discounts: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, type: true, status: true, total: true, code: { select: { code: true } } },
      },
      charges: {
        orderBy: { seq: 'asc' },
        select: {
          id: true,
          seq: true,
          kind: true,
          label: true,
          labelKey: true,
          amount: true,
          discount: true,
          currency: true,
          dueDate: true,
          status: true,
          paidAt: true,
          refundable: true,
          periodStart: true,
          periodEnd: true,
          proformaNumber: true,
          orderItems: {
            where: { order: { userId: payerId, status: { in: [...PAID_ORDER] } } },
            select: { order: { select: { id: true, invoice: { select: { number: true } } } } },
          },
        },
      },
    },
  });
}

export type MyContract = NonNullable<Awaited<ReturnType<typeof myContract>>>;

/** Whether the person pays for any contract (the header shows "Umowy" only then). */
export async function paysContracts(userId: string): Promise<boolean> {
  return (await db().contract.count({ where: { payerId: userId }, take: 1 })) > 0;
}
