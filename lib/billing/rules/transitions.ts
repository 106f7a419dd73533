// Which state a contract moves to on each event, and each plan's dunning timeline: the steps the
// daily run takes, by day from a charge's due date (issue 19 "dunning is data"). Pure, so the
// state services (lib/billing/contracts/state.ts) and the run agree on one table.
import type { ContractStatus } from '@/lib/db/generated/enums';
import type { PlanPolicy } from './plans';

export type ContractMove = 'pay' | 'suspend' | 'resume' | 'notice' | 'end' | 'void' | 'run-out';

/**
 * B3: PENDING becomes ACTIVE only by a payment and otherwise only VOID (suspending what never came
 * into force makes no sense). B10: paying during a suspension restores it. A payment on an
 * ENDED contract (its settlement charge) changes nothing. VOID is final.
 */
export const TRANSITIONS: Record<ContractStatus, Partial<Record<ContractMove, ContractStatus>>> = {
  PENDING: { pay: 'ACTIVE', void: 'VOID', notice: 'VOID' },
  ACTIVE: { pay: 'ACTIVE', suspend: 'SUSPENDED', notice: 'ACTIVE', end: 'ENDED', 'run-out': 'ENDED' },
  SUSPENDED: { pay: 'ACTIVE', resume: 'ACTIVE', notice: 'ENDED', end: 'ENDED', 'run-out': 'ENDED' },
  ENDED: { pay: 'ENDED' },
  VOID: {},
};

/** The state after `move`, or null when the move is not allowed from `status`. */
export function nextStatus(status: ContractStatus, move: ContractMove): ContractStatus | null {
  return TRANSITIONS[status][move] ?? null;
}

export type DunningStep = { offset: number; step: string; to?: ContractStatus; appliesTo: 'PENDING' | 'ACTIVE' };

/**
 * The plan's steps for an unpaid charge in day order: reminders, suspension, demand, notice,
 * termination for a contract in force; voiding for one still PENDING (its first charge).
 */
export function dunningTimeline(
  p: Pick<
    PlanPolicy,
    'reminderOffsets' | 'suspendOffset' | 'demandOffset' | 'noticeOffset' | 'terminateOffset' | 'voidOffset'
  >,
): DunningStep[] {
  const steps: DunningStep[] = p.reminderOffsets.map((k) => ({
    offset: k,
    step: `reminder:${k}`,
    appliesTo: 'ACTIVE',
  }));
  if (p.suspendOffset !== null)
    steps.push({ offset: p.suspendOffset, step: 'suspend', to: 'SUSPENDED', appliesTo: 'ACTIVE' });
  if (p.demandOffset !== null) steps.push({ offset: p.demandOffset, step: 'demand', appliesTo: 'ACTIVE' });
  if (p.noticeOffset !== null) steps.push({ offset: p.noticeOffset, step: 'notice', appliesTo: 'ACTIVE' });
  if (p.terminateOffset !== null)
    steps.push({ offset: p.terminateOffset, step: 'terminate', to: 'ENDED', appliesTo: 'ACTIVE' });
  if (p.voidOffset !== null) steps.push({ offset: p.voidOffset, step: 'void', to: 'VOID', appliesTo: 'PENDING' });
  const order = ['reminder', 'suspend', 'demand', 'notice', 'terminate', 'void'];
  return steps.sort(
    (a, b) => a.offset - b.offset || order.indexOf(a.step.split(':')[0]) - order.indexOf(b.step.split(':')[0]),
  );
}
