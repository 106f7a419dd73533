// The staff's page of one contract (/panel/umowy/[number]): the contract and its charges with
// their state today, the history (events with who did them, e-mails sent), the open charges a
// transfer can be booked for, the refunds due still to send back, and the settlement that terminating it today would make.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { quoteContract } from '@/lib/billing/contracts/state';
import { openRefundsDue } from '@/lib/settlement/transfer-refunds';
import { staffContract } from './staff';
import { chargeState, warsawDay } from './charge-state';
import { numberFromSlug } from './paths';

export async function staffContractPage(slug: string, now = currentTime()) {
  const found = await staffContract(numberFromSlug(slug));
  if (!found) return null;
  const { contract, actorName, emails } = found;
  const today = warsawDay(now);
  const charges = contract.charges.map((c) => ({ ...c, state: chargeState(c, today) }));
  const live = contract.status === 'ACTIVE' || contract.status === 'SUSPENDED' || contract.status === 'PENDING';
  // The same quote the payer sees and ending applies: with the group's class days (S11, S13).
  const settlement = live ? await quoteContract(db(), contract.id, now) : null;
  const history = contract.events.map((e) => ({
    id: e.id,
    at: e.createdAt,
    kind: e.kind,
    who: e.actorId ? (actorName.get(e.actorId) ?? e.actorId) : null,
    charge: e.chargeId ? (charges.find((c) => c.id === e.chargeId)?.label ?? null) : null,
  }));
  // Money due back not yet sent in full: accounting records the transfer they sent (transfer-refunds.ts).
  const refundsDue = await openRefundsDue(contract.id);
  return {
    contract,
    charges,
    history,
    emails,
    settlement,
    refundsDue,
    openCharges: charges.filter((c) => c.status === 'OPEN'),
    canSuspend: contract.status === 'ACTIVE',
    canResume: contract.status === 'SUSPENDED',
  };
}

export type StaffContractPage = NonNullable<Awaited<ReturnType<typeof staffContractPage>>>;
