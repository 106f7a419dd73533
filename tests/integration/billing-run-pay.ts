// A charge paid, for the run's tests: what core's applyChargePaid does to a MONTHLY contract
// (paid, active again, B10's new anchor on the payment day, the next month's charge).
import { db } from '@/lib/db/client';
import { warsawDateKey } from '@/lib/format/time';
import { date } from './billing-run-fixtures';

const plusMonth = (day: string, n: number) => {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + n, Math.min(d, last)));
};

export async function payCharge(chargeId: string, paidAt: Date): Promise<void> {
  const charge = await db().contractCharge.update({
    where: { id: chargeId, status: 'OPEN' },
    data: { status: 'PAID', paidAt, paidVia: 'LINK' },
    include: { contract: true },
  });
  const anchor = warsawDateKey(paidAt);
  const nextDue = plusMonth(anchor, 1);
  await db().contract.update({
    where: { id: charge.contractId },
    data: {
      status: 'ACTIVE',
      anchorDate: date(anchor),
      paidThrough: new Date(nextDue.getTime() - 86_400_000),
      suspendedAt: null,
    },
  });
  const seq = (await db().contractCharge.count({ where: { contractId: charge.contractId } })) + 1;
  await db().contractCharge.create({
    data: {
      contractId: charge.contractId,
      seq,
      kind: 'PERIOD',
      label: `Miesiąc ${seq}`,
      amount: charge.amount,
      currency: charge.currency,
      dueDate: nextDue,
    },
  });
}
