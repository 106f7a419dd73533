// The staff's page of one contract (/panel/umowy/[number]): the contract and its charges with
// their state today, the history (events with who did them, e-mails sent), the open charges a
// transfer can be booked for, and the settlement that terminating it today would make.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { quoteContract } from '@/lib/billing/contracts/state';
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
  return {
    contract,
    charges,
    history,
    emails,
    settlement,
    openCharges: charges.filter((c) => c.status === 'OPEN'),
    canSuspend: contract.status === 'ACTIVE',
    canResume: contract.status === 'SUSPENDED',
  };
}

export type StaffContractPage = NonNullable<Awaited<ReturnType<typeof staffContractPage>>>;
