// A contract's state changes other than a payment (lib/billing/contracts/paid.ts): suspension and
// its lifting by staff, the payer's notice (per the plan's termination rule), ending with a
// settlement, voiding a contract that never came into force. Each is one transaction with its
// ContractEvent; callers run `afterContractChange(result)` after the commit (bookings, refunds, mail).
import type { Tx } from '@/lib/db/client';
import type { Contract, ContractCharge } from '@/lib/db/generated/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit';
import { actorWith } from '@/lib/staff/authority';
import { addDays, dateToDay, dayToDate, minDay, warsawToday, type Day } from '@/lib/billing/rules/days';
import { SETTLEMENT_DUE_DAYS } from '@/lib/billing/rules/plans';
import { quoteTermination, type Quote } from '@/lib/billing/rules/termination';
import { nextStatus } from '@/lib/billing/rules/transitions';
import { recordEvent } from './events';
import { billingOnceKey, queueBillingEmail } from './mail';
import { ACCOUNT_CONTRACTS_PATH } from './sign';
import { absoluteUrl } from '@/lib/url';
import { labelled } from '@/lib/billing/rules/charge-label';

export type ContractChange = {
  contractId: string;
  emailIds: string[];
  /** Learners whose future bookings end with the entitlement (suspended or ended contracts). */
  cancelBookingsOf?: string[];
  /** Money to give back (14 days, art. 32 / S13), per paid charge: refunded after the commit. */
  refunds?: { chargeId: string; amount: number }[];
  quote?: Quote;
};

type Locked = Contract & { charges: ContractCharge[] };

/** Days a refund must go out in (art. 32 ustawy o prawach konsumenta; S13 after the notice period). */
export const REFUND_DAYS = 14;

async function lock(tx: Tx, id: string): Promise<Locked> {
  await tx.$queryRaw`SELECT 1 FROM "Contract" WHERE "id" = ${id} FOR UPDATE`;
  const c = await tx.contract.findUnique({ where: { id }, include: { charges: { orderBy: { seq: 'asc' } } } });
  if (!c) throw new NotFoundError('contract');
  return c;
}

/**
 * Who acts: null = the daily run; the payer for their own contract; anyone else must be staff
 * holding contracts:manage now (re-read in this transaction) and is audited.
 */
async function checkActor(
  tx: Tx,
  c: Locked,
  actorId: string | null,
  payerMay: boolean,
): Promise<'system' | 'payer' | 'staff'> {
  if (actorId === null) return 'system';
  if (payerMay && actorId === c.payerId) return 'payer';
  await actorWith(tx, actorId, 'contracts:manage');
  return 'staff';
}

async function audit(tx: Tx, who: string, actorId: string | null, action: string, c: Locked, note?: string) {
  if (who !== 'staff' || !actorId) return;
  await recordAudit(tx, { actorId, action, objectType: 'contract', objectId: c.id, note: note ?? c.number });
}

export async function suspendContract(
  tx: Tx,
  id: string,
  opts: { actorId: string | null; now: Date; chargeId?: string; reason?: string },
): Promise<ContractChange> {
  const c = await lock(tx, id);
  const who = await checkActor(tx, c, opts.actorId, false);
  if (!nextStatus(c.status, 'suspend')) throw new UserError('billing.errors.cannotSuspend');
  await tx.contract.update({ where: { id }, data: { status: 'SUSPENDED', suspendedAt: opts.now } });
  await recordEvent(tx, id, 'suspended', {
    chargeId: opts.chargeId,
    actorId: opts.actorId,
    at: opts.now,
    detail: { reason: opts.reason ?? (who === 'system' ? 'unpaid' : 'staff') },
  });
  await audit(tx, who, opts.actorId, 'contract.suspended', c, opts.reason);
  return { contractId: id, emailIds: [], cancelBookingsOf: [c.beneficiaryId] };
}

/** Staff lift a suspension without a payment (the anchor stays: B10 moves it only on payment). */
export async function resumeContract(
  tx: Tx,
  id: string,
  opts: { actorId: string; now: Date; reason?: string },
): Promise<ContractChange> {
  const c = await lock(tx, id);
  const who = await checkActor(tx, c, opts.actorId, false);
  if (!nextStatus(c.status, 'resume')) throw new UserError('billing.errors.notSuspended');
  await tx.contract.update({ where: { id }, data: { status: 'ACTIVE', suspendedAt: null } });
  await recordEvent(tx, id, 'resumed', {
    actorId: opts.actorId,
    at: opts.now,
    detail: { reason: opts.reason ?? 'staff' },
  });
  await audit(tx, who, opts.actorId, 'contract.resumed', c, opts.reason);
  return { contractId: id, emailIds: [] };
}

export type EndReason = 'unpaid' | 'payer-notice' | 'withdrawal' | 'staff' | 'run-out' | (string & {});

/**
 * Ends the contract now: OPEN charges cancelled (but those the settlement keeps), a shortfall as
 * a SETTLEMENT charge due in 7 days (S13), refunds recorded to be paid out after the commit.
 */
export async function endContract(
  tx: Tx,
  id: string,
  opts: { reason: EndReason; actorId: string | null; now: Date; settlement?: Quote },
): Promise<ContractChange> {
  const c = await lock(tx, id);
  const who = await checkActor(tx, c, opts.actorId, opts.reason === 'payer-notice' || opts.reason === 'withdrawal');
  if (!nextStatus(c.status, 'end')) throw new UserError('billing.errors.alreadyEnded');
  return finish(tx, c, who, opts);
}

async function finish(
  tx: Tx,
  c: Locked,
  who: string,
  opts: { reason: EndReason; actorId: string | null; now: Date; settlement?: Quote },
): Promise<ContractChange> {
  const today = warsawToday(opts.now);
  const s = opts.settlement;
  const endsOn = s?.endsOn ?? today;
  const keep = new Set(s?.keep ?? []);
  const cancelled = await cancelCharges(tx, c, (ch) => !keep.has(ch.id), opts.now);
  const paidThrough = c.paidThrough ? minDay(dateToDay(c.paidThrough), endsOn) : null;
  await tx.contract.update({
    where: { id: c.id },
    data: {
      status: 'ENDED',
      endedAt: opts.now,
      endReason: opts.reason,
      endsOn: dayToDate(endsOn),
      paidThrough: paidThrough ? dayToDate(paidThrough) : null,
      suspendedAt: null,
    },
  });
  if (s && s.shortfall > 0) await addSettlementCharge(tx, c, s.shortfall, today, opts.now);
  const refunds = s && s.refund > 0 ? allocateRefund(c.charges, s.refund) : [];
  await recordEvent(tx, c.id, 'ended', {
    actorId: opts.actorId,
    at: opts.now,
    detail: {
      reason: opts.reason,
      endsOn,
      cancelled,
      refund: s?.refund ?? 0,
      owed: s?.owed ?? 0,
      lines: s?.lines ?? [],
    },
  });
  for (const r of refunds) {
    await recordEvent(tx, c.id, 'refund-due', {
      chargeId: r.chargeId,
      actorId: opts.actorId,
      at: opts.now,
      detail: { amount: r.amount, dueBy: addDays(today, REFUND_DAYS) },
    });
  }
  await audit(tx, who, opts.actorId, 'contract.ended', c, opts.reason);
  return { contractId: c.id, emailIds: [], cancelBookingsOf: [c.beneficiaryId], refunds, quote: s };
}

/** A contract that never came into force (A9: pro-forma unpaid by its deadline; a first payment never made). */
export async function voidContract(
  tx: Tx,
  id: string,
  opts: { actorId: string | null; now: Date; reason?: string },
): Promise<ContractChange> {
  const c = await lock(tx, id);
  const who = await checkActor(tx, c, opts.actorId, true);
  if (!nextStatus(c.status, 'void')) throw new UserError('billing.errors.cannotVoid');
  const cancelled = await cancelCharges(tx, c, () => true, opts.now);
  const reason = opts.reason ?? (who === 'system' ? 'void-deadline' : who === 'payer' ? 'payer-withdrew' : 'staff');
  await tx.contract.update({ where: { id }, data: { status: 'VOID', endedAt: opts.now, endReason: reason } });
  await recordEvent(tx, id, 'voided', { actorId: opts.actorId, at: opts.now, detail: { reason, cancelled } });
  await audit(tx, who, opts.actorId, 'contract.voided', c, reason);
  return { contractId: id, emailIds: [] };
}

export type NoticeOptions = {
  actorId: string;
  now: Date;
  /** Sessions delivered by the end and in all (centre, Live), when the caller knows them. */
  delivered?: number;
  total?: number;
  sessionDays?: Day[];
};

/**
 * The class days of the contract's group from its service start (cancelled classes left out), the
 * measure of use when the offer has a class group (L1, S11, S13); none otherwise.
 */
async function sessionDaysOf(tx: Tx, c: Locked): Promise<Day[] | undefined> {
  const offer = await tx.billingOffer.findUnique({ where: { id: c.offerId }, select: { liveGroupId: true } });
  const from = c.charges.find((ch) => ch.periodStart)?.periodStart;
  if (!offer?.liveGroupId || !from) return undefined;
  const sessions = await tx.liveSession.findMany({
    where: { groupId: offer.liveGroupId, status: 'SCHEDULED' },
    select: { startsAt: true },
    orderBy: { startsAt: 'asc' },
  });
  return sessions.map((x) => warsawToday(x.startsAt)).filter((d) => d >= dateToDay(from));
}

async function quoteOf(
  tx: Tx,
  c: Locked,
  now: Date,
  opts: Omit<NoticeOptions, 'actorId' | 'now'> & { endNow?: boolean; locale?: string } = {},
) {
  const sessionDays = opts.sessionDays ?? (await sessionDaysOf(tx, c));
  return quoteTermination({ contract: c, charges: c.charges, today: warsawToday(now), ...opts, sessionDays });
}

/**
 * What ending the contract now would mean (shown to the payer and staff before they confirm):
 * the same facts giveNotice uses, so the preview is what the notice does.
 */
export async function quoteContract(
  tx: Tx,
  id: string,
  now: Date,
  opts: { endNow?: boolean; locale?: string } = {},
): Promise<Quote> {
  const c = await tx.contract.findUnique({ where: { id }, include: { charges: { orderBy: { seq: 'asc' } } } });
  if (!c) throw new NotFoundError('contract');
  return quoteOf(tx, c, now, opts);
}

/**
 * The payer's (or staff's on their behalf) notice. Before the first payment the contract is
 * simply void. A notice that ends today (withdrawal, pro-rata, a paid period already over) ends
 * the contract now; a later end keeps it ACTIVE with `endsOn` set, the charges due until then
 * kept and later ones cancelled — the daily run ends it when the day has passed.
 */
export async function giveNotice(tx: Tx, id: string, opts: NoticeOptions): Promise<ContractChange> {
  const c = await lock(tx, id);
  if (c.status === 'PENDING') return voidContract(tx, id, { actorId: opts.actorId, now: opts.now });
  const who = await checkActor(tx, c, opts.actorId, true);
  if (!nextStatus(c.status, 'notice')) throw new UserError('billing.errors.alreadyEnded');
  if (c.endsOn) throw new UserError('billing.errors.alreadyNoticed');
  const quote = await quoteOf(tx, c, opts.now, opts);
  const today = warsawToday(opts.now);
  await recordEvent(tx, id, 'notice-given', {
    actorId: opts.actorId,
    at: opts.now,
    detail: { kind: quote.kind, endsOn: quote.endsOn, refund: quote.refund, owed: quote.owed, lines: quote.lines },
  });
  await audit(tx, who, opts.actorId, 'contract.notice', c);
  const mail = await noticeMail(tx, c, quote, today);
  if (quote.endsOn <= today || c.status === 'SUSPENDED') {
    const reason = quote.kind === 'withdrawal' ? 'withdrawal' : 'payer-notice';
    const ended = await finish(tx, c, who, { reason, actorId: opts.actorId, now: opts.now, settlement: quote });
    return { ...ended, emailIds: [...ended.emailIds, ...mail] };
  }
  const cancel = new Set(quote.cancel);
  const cancelled = await cancelCharges(tx, c, (ch) => cancel.has(ch.id), opts.now);
  // Access ends with the contract even where a payment covered more (a centre's year paid up front).
  const through = c.paidThrough ? minDay(dateToDay(c.paidThrough), quote.endsOn) : null;
  await tx.contract.update({
    where: { id },
    data: { endsOn: dayToDate(quote.endsOn), paidThrough: through ? dayToDate(through) : null },
  });
  if (quote.refund > 0) {
    // S13: what was paid beyond the service until the end goes back within 14 days after it.
    await recordEvent(tx, id, 'refund-due', {
      actorId: opts.actorId,
      at: opts.now,
      detail: { amount: quote.refund, dueBy: addDays(quote.endsOn, REFUND_DAYS), afterEnd: true },
    });
  }
  if (cancelled.length > 0) {
    await recordEvent(tx, id, 'charges-cancelled', {
      actorId: opts.actorId,
      at: opts.now,
      detail: { charges: cancelled },
    });
  }
  return { contractId: id, emailIds: mail, quote };
}

/** The notice confirmed to the payer on a durable medium, once per contract. */
async function noticeMail(tx: Tx, c: Locked, q: Quote, today: Day): Promise<string[]> {
  const [payer, offer] = await Promise.all([
    tx.user.findUnique({ where: { id: c.payerId }, select: { email: true, firstName: true } }),
    tx.billingOffer.findUnique({ where: { id: c.offerId }, select: { title: true } }),
  ]);
  const refundBy = addDays(q.endsOn > today ? q.endsOn : today, REFUND_DAYS);
  const id = await queueBillingEmail(tx, billingOnceKey(c.id, null, 'notice'), payer?.email ?? null, 'billing-notice', {
    firstName: payer?.firstName ?? '',
    number: c.number,
    title: offer?.title ?? '',
    withdrawal: q.kind === 'withdrawal',
    // Raw amounts and days: the message is rendered on delivery in the payer's language.
    endsOn: q.endsOn,
    currency: c.currency,
    refund: q.refund > 0 ? q.refund : null,
    refundBy: q.refund > 0 ? refundBy : null,
    owed: q.owed > 0 ? q.owed : null,
    lines: q.lines.map((l) => ({ label: l.label, amount: l.amount, code: l.code, param: l.param })),
    link: absoluteUrl(ACCOUNT_CONTRACTS_PATH),
  });
  return id ? [id] : [];
}

async function cancelCharges(tx: Tx, c: Locked, which: (ch: ContractCharge) => boolean, now: Date) {
  const ids = c.charges.filter((ch) => ch.status === 'OPEN' && which(ch)).map((ch) => ch.id);
  if (ids.length > 0) {
    await tx.contractCharge.updateMany({
      where: { id: { in: ids }, status: 'OPEN' },
      data: { status: 'CANCELLED', cancelledAt: now },
    });
  }
  return ids;
}

async function addSettlementCharge(tx: Tx, c: Locked, amount: number, today: Day, now: Date) {
  const seq = Math.max(0, ...c.charges.map((ch) => ch.seq)) + 1;
  const charge = await tx.contractCharge.create({
    data: {
      contractId: c.id,
      seq,
      kind: 'SETTLEMENT',
      ...labelled({ key: 'settlement' }),
      amount,
      currency: c.currency,
      dueDate: dayToDate(addDays(today, SETTLEMENT_DUE_DAYS)),
      refundable: false,
    },
    select: { id: true },
  });
  await recordEvent(tx, c.id, 'charge-created', {
    chargeId: charge.id,
    at: now,
    detail: { seq, amount, kind: 'SETTLEMENT' },
  });
}

/** A refund taken from the latest paid refundable charges first (each at most what it paid). */
export function allocateRefund(charges: ContractCharge[], amount: number): { chargeId: string; amount: number }[] {
  const out: { chargeId: string; amount: number }[] = [];
  let left = amount;
  const paid = charges.filter((c) => c.status === 'PAID').sort((a, b) => b.seq - a.seq);
  for (const c of [...paid.filter((p) => p.refundable), ...paid.filter((p) => !p.refundable)]) {
    if (left <= 0) break;
    const take = Math.min(left, c.amount - c.discount);
    if (take > 0) out.push({ chargeId: c.id, amount: take });
    left -= take;
  }
  return out;
}
