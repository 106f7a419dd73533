// The discounts a sign-up declares (sibling, referral, Akcja Kontynuacja) and the code it types, checked
// together so each refusal lands beside its own field. Declarations wait for staff verification (L7,
// S7); only what the system can know is refused here (the product, the window, arrears, who referred).
import type { Tx } from '@/lib/db/client';
import { formatDate } from '@/lib/format/time';
import { dayToDate, warsawDayStart, warsawToday } from '@/lib/billing/rules/days';
import { messages } from '@/lib/i18n';
import { checkCode } from './codes';
import type { DiscountDraft, DiscountOffer } from './draft';
import type { Prisma } from '@/lib/db/generated/client';
import {
  CONTINUATION,
  REFERRAL,
  SIBLING,
  centreContinuation,
  effectFor,
  inDayWindow,
  inWindow,
  schoolYearOf,
  type DiscountEffect,
} from './rules';

export type DeclaredField = 'code' | 'sibling' | 'referralEmail' | 'continuation';
export type Declared = { drafts: DiscountDraft[] } | { fieldErrors: Partial<Record<DeclaredField, string>> };

export type DeclareInput = {
  offer: DiscountOffer;
  payerId: string;
  code?: string;
  sibling?: { name: string };
  referralEmail?: string;
  continuation?: boolean;
  now: Date;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const shown = (d: string) => formatDate(new Date(`${d}T12:00:00Z`));

export async function declaredDiscounts(tx: Tx, input: DeclareInput): Promise<Declared> {
  const t = messages().discounts.errors;
  const { offer, payerId } = input;
  const errors: Partial<Record<DeclaredField, string>> = {};
  const drafts: DiscountDraft[] = [];
  const code = input.code?.trim() ? input.code : undefined;
  const referralEmail = input.referralEmail?.trim().toLowerCase() || undefined;

  if (input.continuation) {
    const declared = await continuation(tx, input, Boolean(code || input.sibling || referralEmail));
    if (typeof declared === 'string') errors.continuation = declared;
    else drafts.push(declared);
  }

  if (input.sibling) {
    const effect = effectFor(SIBLING, offer);
    const name = input.sibling.name.trim();
    if (!effect) errors.sibling = t.siblingNotOffered;
    else if (name.length < 3 || name.length > 120) errors.sibling = t.siblingName;
    else {
      // A sibling's contract of the same product under this payer, to help staff verify.
      const known = await tx.contract.findFirst({
        where: { payerId, offer: { product: offer.product }, status: { in: ['PENDING', 'ACTIVE', 'SUSPENDED'] } },
        orderBy: { signedAt: 'desc' },
        select: { number: true },
      });
      drafts.push({
        type: 'SIBLING',
        ...effect,
        status: 'PENDING',
        declared: { name, contract: known?.number ?? null },
      });
    }
  }

  if (referralEmail) {
    const error = input.sibling ? t.referralOrSibling : await referralError(tx, input, referralEmail);
    if (typeof error === 'string') errors.referralEmail = error;
    else drafts.push(error);
  }

  if (code) {
    const checked = await checkCode(tx, { code, offer, payerId, now: input.now, otherDiscounts: drafts });
    if (checked.ok) drafts.push(checked.draft);
    else errors.code = checked.message;
  }
  return Object.keys(errors).length > 0 ? { fieldErrors: errors } : { drafts };
}

/** The refusal of a referral, or its draft naming the referrer and the contract their benefit lands on. */
async function referralError(tx: Tx, input: DeclareInput, email: string): Promise<string | DiscountDraft> {
  const t = messages().discounts.errors;
  const effect = effectFor(REFERRAL, input.offer);
  if (!effect) return t.referralNotOffered;
  if (!EMAIL.test(email) || email.length > 254) return t.referralEmail;
  const referrer = await tx.user.findFirst({ where: { email }, select: { id: true } });
  if (referrer?.id === input.payerId) return t.referralSelf;
  const current =
    referrer &&
    (await tx.contract.findFirst({
      where: { payerId: referrer.id, status: { in: ['ACTIVE', 'SUSPENDED'] } },
      orderBy: { signedAt: 'desc' },
      select: { id: true, number: true },
    }));
  if (!referrer || !current) return t.referralNotCustomer;
  // Only families new to the product (§2.3.2: children who did not attend in previous years).
  const before = await tx.contract.count({
    where: { payerId: input.payerId, offer: { product: input.offer.product }, status: { not: 'VOID' } },
  });
  if (before > 0) return t.referralNotNew;
  return {
    type: 'REFERRAL',
    ...effect,
    status: 'PENDING',
    declared: { email, referrerId: referrer.id, referrerContractId: current.id, referrerContract: current.number },
  };
}

/**
 * Akcja Kontynuacja as the offer grants it: a centre group's offer takes its centre's effect and
 * window (AK §2.1 "per centre") and counts the group's previous school year; other products the
 * table in rules.ts and the school year of today.
 */
type ContinuationTerms = {
  effect: DiscountEffect;
  /** The refusal for a sign-up on `today` outside the window, else null. */
  closed: (today: string) => string | null;
  /** Which of the payer's contracts were last year's (AK §2.2.2). */
  lastYear: Prisma.ContractWhereInput;
};

const LAST_YEAR_STATUS: Prisma.ContractWhereInput = {
  OR: [{ status: 'ACTIVE' }, { status: 'ENDED', endReason: { in: ['run-out', 'payer-notice'] } }],
};

async function continuationTerms(tx: Tx, input: DeclareInput): Promise<ContinuationTerms | null> {
  const t = messages().discounts.errors;
  const { offer } = input;
  const group = offer.product === 'centre' ? await centreGroupOf(tx, offer.id) : null;
  if (group) {
    const { effect, window } = centreContinuation(group.centre);
    const before = await tx.centreGroup.findMany({
      where: { schoolYear: group.schoolYear - 1 },
      select: { liveGroupId: true },
    });
    return {
      effect,
      closed: (today) =>
        inDayWindow(today, window)
          ? null
          : window
            ? t.continuationWindow(shown(window.first), shown(window.last))
            : messages().centresParent.continuation.closed,
      lastYear: {
        offer: { product: offer.product, liveGroupId: { in: before.map((g) => g.liveGroupId) } },
        ...LAST_YEAR_STATUS,
      },
    };
  }
  const rule = effectFor(CONTINUATION, offer);
  if (!rule) return null;
  const today = warsawToday(input.now);
  const year = schoolYearOf(today);
  return {
    effect: { kind: rule.kind, value: rule.value },
    closed: (day) => {
      const y = day.slice(0, 4);
      return inWindow(day, rule.window)
        ? null
        : t.continuationWindow(shown(`${y}-${rule.window.from}`), shown(`${y}-${rule.window.to}`));
    },
    // Overlapping the school year of today: sign-ups in June are for the next one.
    lastYear: {
      offer: { product: offer.product },
      signedAt: { lt: warsawDayStart(year.end) },
      AND: [LAST_YEAR_STATUS, { OR: [{ endedAt: null }, { endedAt: { gte: warsawDayStart(year.first) } }] }],
    },
  };
}

/** The centre group an offer sells (offer.liveGroupId → CentreGroup), with its centre's terms. */
async function centreGroupOf(tx: Tx, offerId: string) {
  const o = await tx.billingOffer.findUnique({ where: { id: offerId }, select: { liveGroupId: true } });
  if (!o?.liveGroupId) return null;
  return tx.centreGroup.findUnique({
    where: { liveGroupId: o.liveGroupId },
    select: { schoolYear: true, centre: true },
  });
}

/** AK §2.2: the product, the sign-up window, last year's contract, no arrears, nothing combined. */
async function continuation(tx: Tx, input: DeclareInput, combined: boolean): Promise<string | DiscountDraft> {
  const t = messages().discounts.errors;
  const terms = await continuationTerms(tx, input);
  if (!terms) return t.continuationNotOffered;
  if (combined) return t.continuationAlone;
  const today = warsawToday(input.now);
  const closed = terms.closed(today);
  if (closed) return closed;
  const last = await tx.contract.findFirst({
    where: { payerId: input.payerId, ...terms.lastYear },
    orderBy: { signedAt: 'desc' },
    select: { number: true },
  });
  if (!last) return t.continuationNoContract;
  const overdue = await tx.contractCharge.count({
    where: { status: 'OPEN', dueDate: { lt: dayToDate(today) }, contract: { payerId: input.payerId } },
  });
  if (overdue > 0) return t.continuationArrears;
  return { type: 'CONTINUATION', ...terms.effect, status: 'PENDING', declared: { contract: last.number } };
}
