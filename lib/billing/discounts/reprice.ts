// A contract's charges re-priced after its set of live discounts changed (a rejection, a demo
// declaration): OPEN charges get their new share; what PAID ones were under-charged becomes one
// TOP_UP charge due in 7 days (L7, BILLING.md), net of the top-ups already billed.
import type { Tx } from '@/lib/db/client';
import { addDays, dayToDate, warsawToday } from '@/lib/billing/rules/days';
import { discountShares, type DiscountLine } from './rules';

export const TOP_UP_DAYS = 7;

export type Repriced = {
  /** What the OPEN charges went up (+) or down (−) by in total. */
  raised: number;
  topUp: { id: string; amount: number; dueDate: Date } | null;
};

/** The live discounts of a contract as lines of discountShares (a referrer's benefit pinned to its charge). */
export function liveLines(rows: { kind: DiscountLine['kind']; value: number; total: number; declared: unknown }[]) {
  return rows.map((r): DiscountLine => {
    const pinned = (r.declared as { chargeId?: unknown } | null)?.chargeId;
    return {
      kind: r.kind,
      value: r.value,
      total: r.total,
      ...(typeof pinned === 'string' ? { chargeId: pinned } : {}),
    };
  });
}

export async function repriceContract(
  tx: Tx,
  contractId: string,
  o: { now: Date; topUpLabel: string },
): Promise<Repriced> {
  // The charges' row locks: a payment booked meanwhile waits, so no charge is paid at a stale price.
  await tx.$queryRaw`SELECT "id" FROM "ContractCharge" WHERE "contractId" = ${contractId} FOR UPDATE`;
  const contract = await tx.contract.findUniqueOrThrow({
    where: { id: contractId },
    select: {
      planKind: true,
      currency: true,
      charges: { select: { id: true, seq: true, kind: true, amount: true, discount: true, status: true } },
      discounts: {
        where: { status: { in: ['PENDING', 'ACCEPTED'] } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { kind: true, value: true, total: true, declared: true },
      },
    },
  });
  const shares = discountShares(contract.planKind, contract.charges, liveLines(contract.discounts));
  let raised = 0;
  let underPaid = 0;
  for (const c of contract.charges) {
    const share = shares.get(c.id) ?? 0;
    if (c.status === 'OPEN' && c.discount !== share) {
      await tx.contractCharge.update({ where: { id: c.id }, data: { discount: share } });
      raised += c.discount - share;
    }
    if (c.status === 'PAID' && c.kind !== 'TOP_UP') underPaid += c.discount - share;
    if (c.kind === 'TOP_UP' && c.status !== 'CANCELLED') underPaid -= c.amount - c.discount;
  }
  if (underPaid <= 0) return { raised, topUp: null };
  const dueDate = dayToDate(addDays(warsawToday(o.now), TOP_UP_DAYS));
  const seq = Math.max(0, ...contract.charges.map((c) => c.seq)) + 1;
  const topUp = await tx.contractCharge.create({
    data: {
      contractId,
      seq,
      kind: 'TOP_UP',
      label: o.topUpLabel,
      amount: underPaid,
      currency: contract.currency,
      dueDate,
      refundable: true,
    },
    select: { id: true },
  });
  return { raised, topUp: { id: topUp.id, amount: underPaid, dueDate } };
}
