// The payer's right to withdraw after a declared discount was rejected (S7 §2.4, L7): within
// WITHDRAW_DAYS of the rejection the contract ends now (core's endContract, reason 'withdrawal')
// and everything paid comes back except a non-refundable fee (the starter pack, S6). Refunds go
// through core's afterContractChange → lib/settlement/refunds.ts for charges paid through PayU;
// a charge paid by transfer keeps its 'refund-due' event for accounting to send back by transfer.
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { can } from '@/lib/auth/permissions';
import { warsawToday } from '@/lib/billing/rules/days';
import type { Quote } from '@/lib/billing/rules/termination';
import { endContract, type ContractChange } from '@/lib/billing/contracts/state';
import { afterContractChange } from '@/lib/billing/contracts/after-change';
import { recordEvent } from '@/lib/billing/contracts/events';
import { WITHDRAW_DAYS } from './rules';

const DAY = 86_400_000;

/** Until when the payer may still withdraw (null: no rejected discount in time), for the contract page. */
export async function withdrawableUntil(contractId: string, now: Date): Promise<Date | null> {
  const d = await db().contractDiscount.findFirst({
    where: {
      contractId,
      status: 'REJECTED',
      verifiedAt: { gte: new Date(now.getTime() - WITHDRAW_DAYS * DAY) },
      contract: { status: { in: ['PENDING', 'ACTIVE', 'SUSPENDED'] } },
    },
    orderBy: { verifiedAt: 'desc' },
    select: { verifiedAt: true },
  });
  return d?.verifiedAt ? new Date(d.verifiedAt.getTime() + WITHDRAW_DAYS * DAY) : null;
}

export async function withdrawAfterRejection(
  contractId: string,
  o: { actorId: string; now: Date },
): Promise<{ refund: number; refunded: string[] }> {
  const change: ContractChange & { refund: number; byPayer: boolean } = await db().$transaction(async (tx) => {
    const [c, actor] = await Promise.all([
      tx.contract.findUnique({
        where: { id: contractId },
        include: {
          charges: { orderBy: { seq: 'asc' } },
          discounts: {
            where: { status: 'REJECTED', verifiedAt: { gte: new Date(o.now.getTime() - WITHDRAW_DAYS * DAY) } },
            select: { id: true },
          },
        },
      }),
      tx.user.findUnique({ where: { id: o.actorId }, select: { roles: true } }),
    ]);
    // Not theirs (and not staff) is the same as not there.
    if (!c || !actor || (c.payerId !== o.actorId && !can(actor.roles, 'contracts:manage')))
      throw new NotFoundError('contract');
    if (c.discounts.length === 0 || c.status === 'ENDED' || c.status === 'VOID')
      throw new UserError('discounts.errors.withdrawNotAllowed');
    const paid = c.charges.filter((ch) => ch.status === 'PAID' && ch.refundable);
    const refund = paid.reduce((a, ch) => a + ch.amount - ch.discount, 0);
    const settlement: Quote = {
      kind: 'full-refund',
      endsOn: warsawToday(o.now),
      refund,
      owed: 0,
      lines: paid.map((ch) => ({ label: ch.label, amount: -(ch.amount - ch.discount) })),
      keep: [],
      cancel: c.charges.filter((ch) => ch.status === 'OPEN').map((ch) => ch.id),
      shortfall: 0,
    };
    const ended = await endContract(tx, c.id, { reason: 'withdrawal', actorId: o.actorId, now: o.now, settlement });
    await recordEvent(tx, c.id, 'withdrawn-after-rejection', {
      actorId: o.actorId,
      at: o.now,
      detail: { discountIds: c.discounts.map((d) => d.id), refund },
    });
    return { ...ended, refund, byPayer: c.payerId === o.actorId };
  });
  const { refunded } = await afterContractChange(change, change.byPayer ? null : o.actorId);
  return { refund: change.refund, refunded };
}
