// The discounts a sign-up declares (sibling, referral, Akcja Kontynuacja) and the code it types, checked
// together so each refusal lands beside its own field. Declarations wait for staff verification (L7,
// S7); only what the system can know is refused here (the product, the window, arrears, who referred).
import type { Tx } from '@/lib/db/client';
import { formatDate } from '@/lib/format/time';
import { dayToDate, warsawDayStart, warsawToday } from '@/lib/billing/rules/days';
import { messages } from '@/lib/i18n';
import { checkCode } from './codes';
import type { DiscountDraft, DiscountOffer } from './draft';
import { CONTINUATION, REFERRAL, SIBLING, effectFor, inWindow, schoolYearOf } from './rules';

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
    const error = await continuationError(tx, input, Boolean(code || input.sibling || referralEmail));
    if (error) errors.continuation = error;
    else {
      const c = effectFor(CONTINUATION, offer)!;
      const last = await lastYearContract(tx, input);
      drafts.push({ type: 'CONTINUATION', kind: c.kind, value: c.value, status: 'PENDING', declared: last ?? {} });
    }
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

/** AK §2.2: the product, the sign-up window, last year's contract, no arrears, nothing combined. */
async function continuationError(tx: Tx, input: DeclareInput, combined: boolean): Promise<string | null> {
  const t = messages().discounts.errors;
  const rule = effectFor(CONTINUATION, input.offer);
  if (!rule) return t.continuationNotOffered;
  if (combined) return t.continuationAlone;
  const today = warsawToday(input.now);
  if (!inWindow(today, rule.window)) {
    const y = today.slice(0, 4);
    return t.continuationWindow(shown(`${y}-${rule.window.from}`), shown(`${y}-${rule.window.to}`));
  }
  if (!(await lastYearContract(tx, input))) return t.continuationNoContract;
  const overdue = await tx.contractCharge.count({
    where: { status: 'OPEN', dueDate: { lt: dayToDate(today) }, contract: { payerId: input.payerId } },
  });
  return overdue > 0 ? t.continuationArrears : null;
}

/**
 * Last school year's contract of the same product (AK §2.2.2): active, or ended by running out or by
 * the payer's notice — never ended unpaid or void — and overlapping the school year of today.
 */
async function lastYearContract(tx: Tx, input: DeclareInput): Promise<{ contract: string } | null> {
  const year = schoolYearOf(warsawToday(input.now));
  const found = await tx.contract.findFirst({
    where: {
      payerId: input.payerId,
      offer: { product: input.offer.product },
      signedAt: { lt: warsawDayStart(year.end) },
      AND: [
        { OR: [{ status: 'ACTIVE' }, { status: 'ENDED', endReason: { in: ['run-out', 'payer-notice'] } }] },
        { OR: [{ endedAt: null }, { endedAt: { gte: warsawDayStart(year.first) } }] },
      ],
    },
    orderBy: { signedAt: 'desc' },
    select: { number: true },
  });
  return found ? { contract: found.number } : null;
}
