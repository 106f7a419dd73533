// Staff changing a contract's access by hand: suspend, resume, or terminate with the settlement
// shown before. The actor's stored roles are re-read in the transaction; the state services
// record the event and the audit row; after the commit the contract's follow-ups run (e-mails,
// future bookings cancelled for a suspended or ended contract).
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { currentTime } from '@/lib/clock/clock';
import { actorWith } from '@/lib/staff/authority';
import { endContract, quoteContract, resumeContract, suspendContract } from '@/lib/billing/contracts/state';
import { afterContractChange } from '@/lib/billing/contracts/after-change';

export async function changeAccess(
  actorId: string,
  contractId: string,
  intent: 'suspend' | 'resume',
  now = currentTime(),
) {
  const result = await db().$transaction(async (tx) => {
    await actorWith(tx, actorId, 'contracts:manage');
    await existing(tx, contractId);
    return intent === 'suspend'
      ? suspendContract(tx, contractId, { actorId, now })
      : resumeContract(tx, contractId, { actorId, now });
  });
  await afterContractChange(result, actorId);
}

export async function terminateByStaff(actorId: string, contractId: string, now = currentTime()) {
  const result = await db().$transaction(async (tx) => {
    await actorWith(tx, actorId, 'contracts:manage');
    // The settlement staff saw on the page, computed again in the transaction from what is stored now.
    const settlement = await quoteContract(tx, contractId, now);
    return endContract(tx, contractId, { reason: 'staff', actorId, now, settlement });
  });
  await afterContractChange(result, actorId);
}

async function existing(tx: Parameters<Parameters<ReturnType<typeof db>['$transaction']>[0]>[0], id: string) {
  const found = await tx.contract.findUnique({ where: { id }, select: { id: true } });
  if (!found) throw new NotFoundError('contract');
}
