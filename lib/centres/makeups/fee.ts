// S9 for a centre child: a make-up (lib/live's bookMakeUp) is free when asked for before the class
// or by the next day; asked later, the booking's transaction adds this FEE "Odrabianie zajęć
// <date>" of one class's price to the child's contract, due in 7 days. Asked twice, the second is
// refused by the booking (makeUpTwice): no second fee.
import type { Tx } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { recordEvent } from '@/lib/billing/contracts/events';
import { addDays, dayToDate, warsawToday } from '@/lib/billing/rules/days';
import { singleClassPrice } from '@/lib/centres/rules/price';

/** S9: a late make-up's fee is due within this many days. */
export const MAKE_UP_FEE_DAYS = 7;

/**
 * The FEE on the child's contract for the missed class's centre group (the contract row locked for
 * its seq); null when the missed class is not a centre group's (a Live group has no such fee).
 */
export async function addCentreMakeUpFee(
  tx: Tx,
  childId: string,
  missedSessionId: string,
  now: Date,
): Promise<string | null> {
  const missed = await tx.liveSession.findUnique({
    where: { id: missedSessionId },
    select: {
      startsAt: true,
      group: { select: { id: true, centreGroup: { select: { priceAnnual: true, classes: true } } } },
    },
  });
  const centre = missed?.group?.centreGroup;
  if (!missed || !centre) return null;
  const contract = await tx.contract.findFirst({
    where: {
      beneficiaryId: childId,
      status: { in: ['ACTIVE', 'SUSPENDED'] },
      offer: { product: 'centre', liveGroupId: missed.group!.id },
    },
    orderBy: { signedAt: 'desc' },
    select: { id: true, currency: true },
  });
  if (!contract) throw new NotFoundError('contract');
  await tx.$queryRaw`SELECT 1 FROM "Contract" WHERE "id" = ${contract.id} FOR UPDATE`;
  const last = await tx.contractCharge.aggregate({ where: { contractId: contract.id }, _max: { seq: true } });
  const seq = (last._max.seq ?? 0) + 1;
  const amount = singleClassPrice(centre.priceAnnual, centre.classes);
  const charge = await tx.contractCharge.create({
    data: {
      contractId: contract.id,
      seq,
      kind: 'FEE',
      label: messages().centresParent.makeUp.feeLabel(formatDate(missed.startsAt)),
      amount,
      currency: contract.currency,
      dueDate: dayToDate(addDays(warsawToday(now), MAKE_UP_FEE_DAYS)),
      // A class taken is a service used: not part of the year's price a settlement refunds.
      refundable: false,
    },
    select: { id: true },
  });
  await recordEvent(tx, contract.id, 'charge-created', {
    chargeId: charge.id,
    at: now,
    detail: { seq, amount, kind: 'FEE', reason: 'make-up', missedSessionId },
  });
  return charge.id;
}
