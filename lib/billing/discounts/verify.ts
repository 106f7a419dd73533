// Staff verification of a declared discount (L7, S7 §2.4). Accepting keeps the price (a referral also
// gives the referrer their benefit); rejecting applies the full price: removed from OPEN charges, a
// TOP_UP for what PAID ones lacked, an event, and an e-mail saying the payer may withdraw.
import type { Tx } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { asDay } from '@/lib/billing/rules/days';
import { messages } from '@/lib/i18n';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { recordAudit } from '@/lib/audit';
import { actorWith } from '@/lib/staff/authority';
import { chargePayUrl } from '@/lib/billing/payments/link';
import { absoluteUrl } from '@/lib/url';
import { CONTRACTS_LINK } from './links';
import { recordEvent } from '@/lib/billing/contracts/events';
import { repriceContract } from './reprice';
import { discountOn } from '@/lib/billing/contracts/discounts';
import { DISCOUNTABLE, WITHDRAW_DAYS } from './rules';

const typeLabel = (type: string) => messages().discounts.types[type] ?? type;

type Event = {
  contractId: string;
  kind: string;
  chargeId?: string | null;
  actorId: string;
  createdAt: Date;
  detail: unknown;
};
const event = (tx: Tx, e: Event) =>
  recordEvent(tx, e.contractId, e.kind, {
    chargeId: e.chargeId,
    actorId: e.actorId,
    detail: e.detail,
    at: e.createdAt,
  });

/** The PENDING discount, locked with its contract; anything else was decided already. */
async function pending(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT c."id" FROM "Contract" c JOIN "ContractDiscount" d ON d."contractId" = c."id"
                      WHERE d."id" = ${id} FOR UPDATE OF c, d`;
  const d = await tx.contractDiscount.findUnique({
    where: { id },
    include: {
      contract: {
        select: { id: true, number: true, currency: true, offer: { select: { title: true } }, payer: true },
      },
    },
  });
  if (!d || d.status !== 'PENDING') throw new UserError('discounts.errors.alreadyDecided');
  return d;
}

export async function acceptDiscount(
  tx: Tx,
  id: string,
  o: { actorId: string; now: Date },
): Promise<{ emailIds: string[] }> {
  await actorWith(tx, o.actorId, 'discounts:manage');
  const d = await pending(tx, id);
  const { contract } = d;
  await tx.contractDiscount.update({
    where: { id },
    data: { status: 'ACCEPTED', verifiedById: o.actorId, verifiedAt: o.now },
  });
  await event(tx, {
    contractId: contract.id,
    kind: 'discount-accepted',
    actorId: o.actorId,
    createdAt: o.now,
    detail: { discountId: id, type: d.type },
  });
  await recordAudit(tx, {
    actorId: o.actorId,
    action: 'discount.accepted',
    objectType: 'contractDiscount',
    objectId: id,
    after: { contract: contract.number, type: d.type },
  });
  const emailIds: string[] = [];
  const link = absoluteUrl(CONTRACTS_LINK);
  const mail = await queueEmailOnce(
    tx,
    `billing:${contract.id}:${id}:discount-accepted`,
    contract.payer.email ?? '',
    'discount-accepted',
    {
      firstName: contract.payer.firstName,
      contractNumber: contract.number,
      offerTitle: contract.offer.title,
      discountType: d.type,
      link,
    },
  );
  if (mail && contract.payer.email) emailIds.push(mail);
  if (d.type === 'REFERRAL') emailIds.push(...(await referrerBenefit(tx, d, o)));
  return { emailIds };
}

/**
 * The referrer's side of a referral (centre §2.3.2): the same effect taken off the next OPEN charge
 * of their current contract, as an ACCEPTED ContractDiscount pinned to that charge. With no such
 * charge (all paid), nothing is taken off and an event tells staff to settle it by hand.
 */
async function referrerBenefit(
  tx: Tx,
  referral: { id: string; kind: 'PERCENT' | 'AMOUNT'; value: number; declared: unknown; contractId: string },
  o: { actorId: string; now: Date },
): Promise<string[]> {
  const declared = referral.declared as { referrerContractId?: string } | null;
  if (!declared?.referrerContractId) return [];
  const target = await tx.contract.findUnique({
    where: { id: declared.referrerContractId },
    select: { id: true, number: true, offer: { select: { title: true } }, payer: true },
  });
  if (!target) return [];
  await tx.$queryRaw`SELECT "id" FROM "ContractCharge" WHERE "contractId" = ${target.id} FOR UPDATE`;
  const charge = await tx.contractCharge.findFirst({
    where: { contractId: target.id, status: 'OPEN', kind: { in: [...DISCOUNTABLE] } },
    orderBy: [{ dueDate: 'asc' }, { seq: 'asc' }],
  });
  const total = charge ? Math.min(discountOn(charge.amount, referral), charge.amount - charge.discount) : 0;
  if (!charge || total <= 0) {
    await event(tx, {
      contractId: target.id,
      kind: 'referral-benefit-unapplied',
      actorId: o.actorId,
      createdAt: o.now,
      detail: { referralId: referral.id },
    });
    return [];
  }
  const benefit = await tx.contractDiscount.create({
    data: {
      contractId: target.id,
      type: 'REFERRAL',
      // An amount, not the percent: a later period charge (core's periodChargeDiscount) must not repeat it.
      kind: 'AMOUNT',
      value: total,
      total,
      status: 'ACCEPTED',
      verifiedById: o.actorId,
      verifiedAt: o.now,
      declared: { role: 'referrer', referralId: referral.id, chargeId: charge.id, percent: referral.value },
    },
  });
  await tx.contractCharge.update({ where: { id: charge.id }, data: { discount: { increment: total } } });
  await event(tx, {
    contractId: target.id,
    kind: 'referral-benefit',
    chargeId: charge.id,
    actorId: o.actorId,
    createdAt: o.now,
    detail: { discountId: benefit.id, referralId: referral.id, total },
  });
  const mail = await queueEmailOnce(
    tx,
    `billing:${target.id}:${charge.id}:referral-benefit:${referral.id}`,
    target.payer.email ?? '',
    'discount-accepted',
    {
      firstName: target.payer.firstName,
      contractNumber: target.number,
      offerTitle: target.offer.title,
      discountType: 'REFERRAL',
      appliedTo: charge.label,
      link: absoluteUrl(CONTRACTS_LINK),
    },
  );
  return mail && target.payer.email ? [mail] : [];
}

export async function rejectDiscount(
  tx: Tx,
  id: string,
  o: { actorId: string; reason: string; now: Date },
): Promise<{ emailIds: string[]; topUpChargeId: string | null }> {
  await actorWith(tx, o.actorId, 'discounts:manage');
  const reason = o.reason.trim();
  if (reason.length < 3 || reason.length > 500)
    throw new UserError('discounts.errors.reasonRequired', { reason: 'discounts.errors.reasonRequired' });
  const d = await pending(tx, id);
  const { contract } = d;
  await tx.contractDiscount.update({
    where: { id },
    data: { status: 'REJECTED', verifiedById: o.actorId, verifiedAt: o.now, reason },
  });
  const label = typeLabel(d.type);
  const repriced = await repriceContract(tx, contract.id, {
    now: o.now,
    topUpLabel: messages().discounts.topUpLabel(label),
  });
  const withdrawUntil = new Date(o.now.getTime() + WITHDRAW_DAYS * 86_400_000);
  await event(tx, {
    contractId: contract.id,
    kind: 'discount-rejected',
    chargeId: repriced.topUp?.id ?? null,
    actorId: o.actorId,
    createdAt: o.now,
    detail: {
      discountId: id,
      type: d.type,
      reason,
      raised: repriced.raised,
      topUp: repriced.topUp?.amount ?? 0,
      withdrawUntil: withdrawUntil.toISOString(),
    },
  });
  await recordAudit(tx, {
    actorId: o.actorId,
    action: 'discount.rejected',
    objectType: 'contractDiscount',
    objectId: id,
    after: { contract: contract.number, type: d.type, reason, topUp: repriced.topUp?.amount ?? 0 },
  });
  const mail = await queueEmailOnce(
    tx,
    `billing:${contract.id}:${repriced.topUp?.id ?? '-'}:discount-rejected:${id}`,
    contract.payer.email ?? '',
    'discount-rejected',
    {
      firstName: contract.payer.firstName,
      contractNumber: contract.number,
      offerTitle: contract.offer.title,
      discountType: d.type,
      reason,
      currency: contract.currency,
      raised: repriced.raised,
      topUp: repriced.topUp && {
        amount: repriced.topUp.amount,
        due: asDay(repriced.topUp.dueDate),
        link: chargePayUrl(repriced.topUp.id),
      },
      withdrawUntil: withdrawUntil.toISOString(),
      link: absoluteUrl(CONTRACTS_LINK),
    },
  );
  return { emailIds: mail && contract.payer.email ? [mail] : [], topUpChargeId: repriced.topUp?.id ?? null };
}
