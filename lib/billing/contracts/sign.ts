// Signing a contract ("Zawieram umowę z obowiązkiem zapłaty", B1): the contract with its plan's
// policy frozen, its charges (discounts spread), its discounts, the 'signed' event and the e-mail
// with the first charge's pay link (or the pro-forma) — one transaction. It grants nothing yet:
// the contract comes into force when the first payment is booked (B3, A8; lib/billing/contracts/paid.ts).
import { randomBytes } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import type { BillingPayMethod } from '@/lib/db/generated/enums';
import { NotFoundError, UserError } from '@/lib/errors';
import { absoluteUrl } from '@/lib/url';
import { chargePayUrl } from '@/lib/billing/payments/link';
import { assignProformaNumber } from '@/lib/billing/payments/proforma';
import { dateToDay, dayToDate, warsawToday, type Day } from '@/lib/billing/rules/days';
import { contractPolicyColumns, planPolicy } from '@/lib/billing/rules/plans';
import { buildSchedule } from '@/lib/billing/rules/schedule';
import { discountCharges, type DiscountDraft } from './discounts';
import { recordEvent } from './events';
import { billingOnceKey, queueBillingEmail } from './mail';

export type { DiscountDraft };

export type SignInput = {
  offerId: string;
  payerId: string;
  /** The payer, or one of the payer's children (Child.userId). */
  beneficiaryId: string;
  termsVersion: string;
  /** The consumer asked for the service to start within the 14 days (art. 38 pt 13 / art. 35). */
  immediateStartConsent: boolean;
  payMethod?: BillingPayMethod;
  discounts: DiscountDraft[];
  now: Date;
  /** When the service starts, if after signing (a school licence bought for the next exam year). */
  startDay?: Day;
  /** false: the caller queues its own confirmation (the language sign-up's carries the documents). */
  signedEmail?: boolean;
  /** The price agreed instead of the offer's (a centre group joined after its first class). */
  amount?: number;
  /** Centre plans: whether the starter pack is charged (the group's choice, S6); else the plan's. */
  starterPack?: boolean;
};

export type SignResult = {
  contractId: string;
  number: string;
  firstChargeId: string;
  emailIds: string[];
  /** TRANSFER plans: the first charge's pro-forma number. */
  proformaNumber: string | null;
};

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "UM/2026/7KQ3XZ": the year and six random characters (unguessable, unlike a counter). */
export function contractNumber(now: Date): string {
  const bytes = randomBytes(6);
  const tail = Array.from(bytes, (b) => ALPHABET[b % 32]).join('');
  return `UM/${warsawToday(now).slice(0, 4)}/${tail}`;
}

/** The payer's account page of contracts (lib/billing ui). */
export const ACCOUNT_CONTRACTS_PATH = '/konto/umowy';
/** The pro-forma of a transfer charge (lib/billing/payments/proforma.ts). */
export const proformaPath = (chargeId: string) => `/api/proforma/${chargeId}`;

async function checkBeneficiary(tx: Tx, payerId: string, beneficiaryId: string) {
  if (payerId === beneficiaryId) return;
  const child = await tx.child.findFirst({ where: { parentId: payerId, userId: beneficiaryId }, select: { id: true } });
  if (!child) throw new UserError('billing.errors.beneficiaryNotYours');
}

/** L4: a class group never has more members than seats; a cancelled group takes nobody. */
async function checkGroupRoom(tx: Tx, groupId: string, beneficiaryId: string) {
  const g = await tx.liveGroup.findUnique({
    where: { id: groupId },
    select: {
      capacity: true,
      cancelledAt: true,
      _count: { select: { members: true } },
      members: { where: { userId: beneficiaryId }, select: { id: true } },
    },
  });
  if (!g) throw new NotFoundError('live group');
  if (g.cancelledAt) throw new UserError('liveEngine.groupCancelled');
  if (g.members.length === 0 && g._count.members >= g.capacity) throw new UserError('liveEngine.groupFull');
}

export async function signContract(tx: Tx, input: SignInput): Promise<SignResult> {
  const offer = await tx.billingOffer.findUnique({ where: { id: input.offerId } });
  if (!offer) throw new NotFoundError('billing offer');
  if (!offer.active) throw new UserError('billing.errors.offerInactive');
  await checkBeneficiary(tx, input.payerId, input.beneficiaryId);
  if (offer.liveGroupId) await checkGroupRoom(tx, offer.liveGroupId, input.beneficiaryId);
  const plan = planPolicy(offer.planCode);
  const sessions =
    plan.kind === 'SESSIONS' && offer.liveGroupId
      ? await tx.liveSession.findMany({
          where: { groupId: offer.liveGroupId, status: 'SCHEDULED', endsAt: { gt: input.now } },
          select: { startsAt: true, endsAt: true },
          orderBy: { startsAt: 'asc' },
        })
      : undefined;
  // Instalment plans of a class group take the school year from its first class (a June sign-up for next year).
  const firstClass =
    plan.kind === 'INSTALMENTS' && offer.liveGroupId
      ? await tx.liveSession.findFirst({
          where: { groupId: offer.liveGroupId },
          select: { startsAt: true },
          orderBy: { startsAt: 'asc' },
        })
      : null;
  const amount = input.amount ?? offer.amount;
  if (!Number.isInteger(amount) || amount <= 0) throw new Error('a contract costs a positive whole amount');
  const course = offer.courseId
    ? await tx.course.findUnique({ where: { id: offer.courseId }, select: { accessMonths: true } })
    : null;
  const drafts = buildSchedule({
    planCode: offer.planCode,
    amount,
    currency: offer.currency,
    signedDay: warsawToday(input.now),
    startDay: input.startDay ?? (firstClass ? warsawToday(firstClass.startsAt) : undefined),
    starterPack: input.starterPack,
    sessions,
    periodSessions: offer.periodSessions ?? undefined,
    termMonths: course?.accessMonths ?? undefined,
  });
  if (drafts.length === 0) throw new UserError('billing.errors.noSessions');
  const { perCharge, totals } = discountCharges(plan.kind, drafts, input.discounts);
  const payMethod = input.payMethod ?? plan.payMethod;
  const contract = await tx.contract.create({
    data: {
      number: contractNumber(input.now),
      offerId: offer.id,
      payerId: input.payerId,
      beneficiaryId: input.beneficiaryId,
      ...contractPolicyColumns(plan),
      payMethod,
      currency: offer.currency,
      amount,
      vatRate: offer.vatRate,
      periodSessions: offer.periodSessions ?? plan.periodSessions ?? null,
      termsVersion: input.termsVersion,
      signedAt: input.now,
      immediateStartConsent: input.immediateStartConsent,
      charges: {
        create: drafts.map((d, i) => ({
          seq: d.seq,
          kind: d.kind,
          label: d.label,
          labelKey: d.labelKey,
          amount: d.amount,
          discount: perCharge[i],
          currency: offer.currency,
          dueDate: dayToDate(d.dueDate),
          periodStart: d.periodStart ? dayToDate(d.periodStart) : null,
          periodEnd: d.periodEnd ? dayToDate(d.periodEnd) : null,
          refundable: d.refundable,
          notifyAt: d.notifyAt ?? null,
        })),
      },
      discounts: {
        create: input.discounts.map((d, i) => ({
          type: d.type,
          codeId: d.codeId ?? null,
          kind: d.kind,
          value: d.value,
          total: totals[i],
          status: d.status,
          declared: d.declared,
        })),
      },
    },
    select: {
      id: true,
      number: true,
      payer: { select: { email: true, firstName: true } },
      charges: {
        select: { id: true, seq: true, label: true, amount: true, discount: true, dueDate: true },
        orderBy: { seq: 'asc' },
      },
    },
  });
  const first = contract.charges[0];
  await recordEvent(tx, contract.id, 'signed', {
    chargeId: first.id,
    actorId: input.payerId,
    at: input.now,
    detail: {
      termsVersion: input.termsVersion,
      immediateStartConsent: input.immediateStartConsent,
      payMethod,
      planCode: plan.code,
      charges: contract.charges.length,
      ...(amount !== offer.amount ? { amount, offerAmount: offer.amount } : {}),
    },
  });
  const transfer = payMethod === 'TRANSFER';
  // A transfer is paid against a pro-forma with its own number, the transfer's title (A5).
  const proformaNumber = transfer ? await assignProformaNumber(tx, first.id, input.now) : null;
  const owed = (c: { amount: number; discount: number }) => c.amount - c.discount;
  const emailId =
    input.signedEmail === false
      ? null
      : await queueBillingEmail(
          tx,
          billingOnceKey(contract.id, first.id, 'signed'),
          contract.payer.email,
          'billing-signed',
          {
            firstName: contract.payer.firstName,
            number: contract.number,
            title: offer.title,
            label: first.label,
            // Raw amounts and days: the message is rendered on delivery in the payer's language.
            amount: owed(first),
            currency: offer.currency,
            dueDate: dateToDay(first.dueDate),
            schedule: contract.charges.map((c) => ({
              label: c.label,
              amount: owed(c),
              dueDate: dateToDay(c.dueDate),
            })),
            link: transfer ? absoluteUrl(proformaPath(first.id)) : chargePayUrl(first.id),
            transfer,
            proformaNumber,
            termsVersion: input.termsVersion,
          },
        );
  return {
    contractId: contract.id,
    number: contract.number,
    firstChargeId: first.id,
    emailIds: emailId ? [emailId] : [],
    proformaNumber,
  };
}
