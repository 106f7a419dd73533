// A charge paid, for the run's tests: core's applyChargePaid in its own transaction, as a booked
// payment does it (B10: a suspended contract active again, the next month from the payment day).
import { db } from '@/lib/db/client';
import { applyChargePaid } from '@/lib/billing/contracts/paid';
import { dispatchEmails } from '@/lib/jobs/queues';

export async function payCharge(chargeId: string, paidAt: Date): Promise<void> {
  const r = await db().$transaction((tx) => applyChargePaid(tx, chargeId, { paidAt, via: 'LINK' }));
  if (!r.changed) throw new Error(`charge ${chargeId} was not open`);
  await dispatchEmails(r.emailIds);
}
