// "Zakończ umowę" from the payer's page: notice by the payer on their own contract (someone
// else's is not found), one transaction, then the contract's after-commit work (e-mails).
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { currentTime } from '@/lib/clock/clock';
import { giveNotice } from '@/lib/billing/contracts/state';
import { afterContractChange } from '@/lib/billing/contracts/after-change';

export async function payerNotice(payerId: string, contractId: string, now = currentTime()) {
  const result = await db().$transaction(async (tx) => {
    const own = await tx.contract.findFirst({ where: { id: contractId, payerId }, select: { id: true } });
    if (!own) throw new NotFoundError('contract');
    return giveNotice(tx, own.id, { actorId: payerId, now });
  });
  await afterContractChange(result);
  return db().contract.findUniqueOrThrow({ where: { id: contractId }, select: { number: true } });
}
