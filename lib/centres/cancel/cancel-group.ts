// Staff cancel a centre group (fewer than 6 children): one transaction — the group marked
// cancelled, its classes ahead cancelled with their bookings, every live contract on its offers
// ended ('group-cancelled') with open charges cancelled and a pro-rata refund for the classes not
// held (./refund.ts), a contract never paid voided, an e-mail to each payer; audited. After the
// commit the e-mails go out and money paid through PayU goes back through the PayU refund path
// (afterContractChange); money taken at the desk or by transfer stays as the contract's
// 'refund-due' event for staff to pay back by transfer or at the desk within 14 days.
// Running it again changes nothing (the group is already cancelled).
import { currentTime } from '@/lib/clock/clock';
import { db, type Tx } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit';
import { actorWith } from '@/lib/staff/authority';
import { absoluteUrl } from '@/lib/url';
import { messages } from '@/lib/i18n';
import { addDays, dateToDay, warsawToday } from '@/lib/billing/rules/days';
import { endContract, voidContract, REFUND_DAYS, type ContractChange } from '@/lib/billing/contracts/state';
import { afterContractChange } from '@/lib/billing/contracts/after-change';
import { billingOnceKey, queueBillingEmail } from '@/lib/billing/contracts/mail';
import { recordEvent } from '@/lib/billing/contracts/events';
import { ACCOUNT_CONTRACTS_PATH } from '@/lib/billing/contracts/sign';
import { groupCancelQuote, groupCancelRefund } from './refund';

export type CancelledGroup = {
  already: boolean;
  sessions: number;
  contracts: { number: string; refund: number; viaPayu: number; byStaff: number }[];
};

const PAYU = new Set(['LINK', 'CARD']);

export async function cancelCentreGroup(
  actorId: string,
  centreGroupId: string,
  reason: string,
  now = currentTime(),
): Promise<CancelledGroup> {
  const text = reason.trim();
  if (!text) throw new UserError('centresDesk.cancel.reasonMissing', { reason: 'centresDesk.cancel.reasonMissing' });
  const done = await db().$transaction((tx) => cancelIn(tx, actorId, centreGroupId, text.slice(0, 300), now), {
    maxWait: 20_000,
    timeout: 60_000,
  });
  if (!done.already) await afterContractChange(done.changes, actorId);
  return done.result;
}

async function cancelIn(tx: Tx, actorId: string, centreGroupId: string, reason: string, now: Date) {
  await actorWith(tx, actorId, 'centres:manage');
  const cg = await tx.centreGroup.findUnique({
    where: { id: centreGroupId },
    select: { liveGroupId: true, classes: true },
  });
  if (!cg) throw new NotFoundError('centre group');
  const [g] = await tx.$queryRaw<{ cancelledAt: Date | null; title: string }[]>`
    SELECT "cancelledAt", "title" FROM "LiveGroup" WHERE "id" = ${cg.liveGroupId} FOR UPDATE`;
  if (g.cancelledAt) return { already: true, changes: [], result: { already: true, sessions: 0, contracts: [] } };

  await tx.liveGroup.update({ where: { id: cg.liveGroupId }, data: { cancelledAt: now, cancelReason: reason } });
  const sessions = await tx.liveSession.findMany({
    where: { groupId: cg.liveGroupId, status: 'SCHEDULED' },
    select: { id: true, startsAt: true },
    orderBy: { startsAt: 'asc' },
  });
  const ahead = sessions.filter((s) => s.startsAt > now).map((s) => s.id);
  await tx.liveSession.updateMany({
    where: { id: { in: ahead } },
    data: { status: 'CANCELLED', cancelledAt: now, cancelReason: reason, taken: 0 },
  });
  await tx.liveBooking.updateMany({
    where: { sessionId: { in: ahead }, status: { in: ['BOOKED', 'WAITING'] } },
    data: { status: 'CANCELLED', cancelledAt: now },
  });

  const contracts = await tx.contract.findMany({
    where: {
      offer: { liveGroupId: cg.liveGroupId, product: 'centre' },
      status: { in: ['PENDING', 'ACTIVE', 'SUSPENDED'] },
    },
    select: { id: true, number: true, status: true, signedAt: true },
    orderBy: { signedAt: 'asc' },
  });
  const changes: ContractChange[] = [];
  const result: CancelledGroup = { already: false, sessions: ahead.length, contracts: [] };
  for (const k of contracts) {
    if (k.status === 'PENDING') {
      const voided = await voidContract(tx, k.id, { actorId: null, now, reason: 'group-cancelled' });
      voided.emailIds.push(...(await mail(tx, k.id, g.title, reason, 0, cg.classes, 0, null, now)));
      changes.push(voided);
      continue;
    }
    const charges = await tx.contractCharge.findMany({ where: { contractId: k.id }, orderBy: { seq: 'asc' } });
    // The contract's classes: from its start (the first period's day, else signing), cancelled ones out.
    const from = dateToDay(charges.find((c) => c.periodStart)?.periodStart ?? k.signedAt);
    const term = sessions.filter((s) => warsawToday(s.startsAt) >= from);
    const held = term.filter((s) => s.startsAt <= now).length;
    const r = groupCancelRefund({ charges, held, classes: term.length });
    const t = messages().centresDesk.cancel;
    const quote = groupCancelQuote(r, warsawToday(now), [
      { label: t.linePaid, amount: r.paid },
      { label: t.lineHeld(held, term.length), amount: -r.used },
    ]);
    const ended = await endContract(tx, k.id, { reason: 'group-cancelled', actorId: null, now, settlement: quote });
    const paidVia = new Map(charges.map((c) => [c.id, c.paidVia]));
    const payu = (ended.refunds ?? []).filter((x) => PAYU.has(paidVia.get(x.chargeId) ?? ''));
    const byStaff = (ended.refunds ?? []).filter((x) => !payu.includes(x));
    for (const x of byStaff)
      await recordEvent(tx, k.id, 'refund-by-staff', {
        chargeId: x.chargeId,
        at: now,
        detail: { amount: x.amount, via: paidVia.get(x.chargeId), reason: 'group-cancelled' },
      });
    const sum = (xs: { amount: number }[]) => xs.reduce((a, x) => a + x.amount, 0);
    const how = r.refund === 0 ? null : byStaff.length === 0 ? 'payu' : payu.length === 0 ? 'staff' : 'mixed';
    const emails = await mail(tx, k.id, g.title, reason, held, term.length, r.refund, how, now);
    changes.push({ ...ended, refunds: payu, cancelBookingsOf: [], emailIds: [...ended.emailIds, ...emails] });
    result.contracts.push({ number: k.number, refund: r.refund, viaPayu: sum(payu), byStaff: sum(byStaff) });
  }
  await recordAudit(tx, {
    actorId,
    action: 'live.group.cancelled',
    objectType: 'centreGroup',
    objectId: centreGroupId,
    after: { sessions: ahead.length, contracts: contracts.length },
    note: reason,
  });
  return { already: false, changes, result };
}

async function mail(
  tx: Tx,
  contractId: string,
  title: string,
  reason: string,
  held: number,
  classes: number,
  refund: number,
  how: 'payu' | 'staff' | 'mixed' | null,
  now: Date,
): Promise<string[]> {
  const c = await tx.contract.findUniqueOrThrow({
    where: { id: contractId },
    select: {
      number: true,
      currency: true,
      payer: { select: { email: true, firstName: true } },
      beneficiary: { select: { firstName: true, lastName: true } },
    },
  });
  const id = await queueBillingEmail(
    tx,
    billingOnceKey(contractId, null, 'group-cancelled'),
    c.payer.email,
    'centre-group-cancelled',
    {
      firstName: c.payer.firstName,
      child: `${c.beneficiary.firstName} ${c.beneficiary.lastName}`,
      number: c.number,
      title,
      reason,
      held,
      classes,
      // Raw amount and day: the message is rendered on delivery in the payer's language.
      currency: c.currency,
      refund: refund > 0 ? refund : null,
      refundHow: refund > 0 ? how : null,
      refundBy: refund > 0 ? addDays(warsawToday(now), REFUND_DAYS) : null,
      link: absoluteUrl(ACCOUNT_CONTRACTS_PATH),
    },
  );
  return id ? [id] : [];
}
