// Enrolling a child in a centre group (/centra/grupy/[id]/zapis, S1–S7): the parent (signed in, or an
// account opened now with a set-password e-mail), the child (theirs, or a new profile with a day of
// birth inside the programme's ages at the first class), a seat (under the group's lock), declared
// discounts and the contract on the chosen plan — one transaction, nothing written on any refusal.
import { randomBytes } from 'node:crypto';
import { db, type Tx } from '@/lib/db/client';
import { isUniqueViolation, UserError, type FieldErrors } from '@/lib/errors';
import { currentTime } from '@/lib/clock/clock';
import { termsVersionInForce } from '@/lib/auth/terms';
import { hashPassword } from '@/lib/auth/password';
import { openParentAccount } from '@/lib/families/parent-account';
import { dispatchEmails } from '@/lib/jobs/queues';
import { messages } from '@/lib/i18n';
import { warsawDateKey } from '@/lib/format/time';
import { signContract } from '@/lib/billing/contracts/sign';
import { declaredDiscounts } from '@/lib/billing/discounts/declare';
import { lockedSeatsLeft } from '@/lib/live-maths/seats';
import { centreGroupFacts, type CentreGroupFacts } from '@/lib/centres/groups/facts';
import { centreAgeCheck } from '@/lib/centres/rules/age';
import { priceForRemaining } from '@/lib/centres/rules/price';
import { baseLogin } from '@/lib/groups/accounts/logins';
import type { CentrePayMethod, CentrePlan } from './options';

/** Days the set-password link of an account opened at enrolment stays valid. */
const LIVE_STATUSES = ['PENDING', 'ACTIVE', 'SUSPENDED'] as const;

export type EnrolInput = {
  centreGroupId: string;
  plan: CentrePlan;
  payMethod: CentrePayMethod;
  /** One of the parent's children (Child.id), or 'new'. */
  child: string;
  childFirstName?: string;
  childLastName?: string;
  /** 'YYYY-MM-DD'; for an existing child only when their profile has none. */
  childBirthDate?: string;
  /** A guest: the parent's data (the account is opened at once). */
  parent?: { firstName: string; lastName: string; email: string; phone: string };
  sibling?: string;
  referralEmail?: string;
  continuation: boolean;
  immediateStart: boolean;
};

export type Enrolled = {
  contractId: string;
  number: string;
  firstChargeId: string;
  payerId: string;
  payMethod: CentrePayMethod;
  /** A guest's account was opened now (they are not signed in). */
  newAccount: boolean;
  proformaNumber: string | null;
  /** What the first payment is: the first charge with what falls due with it (the starter pack). */
  firstDue: { amount: number; dueDate: Date; currency: string };
};

export type EnrolResult = { fieldErrors: FieldErrors } | ({ fieldErrors?: undefined } & Enrolled);

/** A refusal found mid-transaction: thrown so that the account or child written before it roll back. */
class Refused extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super('enrolment refused');
  }
}

const t = () => messages().centresEnrol.errors;
const refuse = (field: string, message: string) => new Refused({ [field]: message });

export async function enrolInCentreGroup(
  viewerId: string | null,
  input: EnrolInput,
  now = currentTime(),
): Promise<EnrolResult> {
  const group = await centreGroupFacts(input.centreGroupId);
  if (!group) return { fieldErrors: { group: t().groupMissing } };
  const offer = group.offers.find((o) => o.planCode === input.plan);
  if (!offer) return { fieldErrors: { plan: t().planMissing } };
  // Argon2 outside the transaction; the new accounts' passwords are never known to anyone.
  const [payerHash, childHash] = await Promise.all([
    viewerId ? null : hashPassword(randomBytes(24).toString('base64url')),
    input.child === 'new' ? hashPassword(randomBytes(24).toString('base64url')) : null,
  ]);
  try {
    const done = await db().$transaction(async (tx) => {
      const emailIds: string[] = [];
      checkGroupOpen(group, now);
      const payerId = viewerId ?? (await newParent(tx, input, payerHash!, group, now, emailIds));
      const beneficiaryId = await childOf(tx, payerId, input, childHash, group, now);
      // The group's row locked first: two enrolments at once (the last seat, one child twice) go one by one.
      const seats = await lockedSeatsLeft(tx, group.liveGroupId, now);
      await checkNotEnrolled(tx, group, beneficiaryId);
      if (seats <= 0) throw refuse('group', t().groupFull);
      const amount = agreedPrice(group, offer.amount, now);
      const declared = await declaredDiscounts(tx, {
        offer: { id: offer.id, slug: offer.slug, product: 'centre', currency: 'PLN', amount },
        payerId,
        sibling: input.sibling ? { name: input.sibling } : undefined,
        referralEmail: input.referralEmail,
        continuation: input.continuation,
        now,
      });
      if ('fieldErrors' in declared) throw new Refused(declared.fieldErrors as FieldErrors);
      const signed = await signContract(tx, {
        offerId: offer.id,
        payerId,
        beneficiaryId,
        termsVersion: termsVersionInForce(now),
        immediateStartConsent: input.immediateStart,
        payMethod: input.payMethod,
        discounts: declared.drafts,
        amount,
        starterPack: group.starterPack,
        now,
      });
      const firstDue = await firstPayment(tx, signed.contractId);
      return { ...signed, payerId, firstDue, emailIds: [...emailIds, ...signed.emailIds] };
    });
    await dispatchEmails(done.emailIds);
    return {
      contractId: done.contractId,
      number: done.number,
      firstChargeId: done.firstChargeId,
      payerId: done.payerId,
      payMethod: input.payMethod,
      newAccount: !viewerId,
      proformaNumber: done.proformaNumber,
      firstDue: done.firstDue,
    };
  } catch (e) {
    if (e instanceof Refused) return { fieldErrors: e.fieldErrors };
    if (e instanceof UserError && e.codes.includes('liveEngine.groupFull'))
      return { fieldErrors: { group: t().groupFull } };
    if (e instanceof UserError && e.codes.includes('liveEngine.groupCancelled')) {
      return { fieldErrors: { group: t().groupCancelled } };
    }
    // Two enrolments with one new address at once: the second finds it taken, its transaction gone.
    if (isUniqueViolation(e) && !viewerId) return { fieldErrors: { email: t().emailTaken } };
    throw e;
  }
}

function checkGroupOpen(group: CentreGroupFacts, now: Date) {
  if (group.cancelledAt) throw refuse('group', t().groupCancelled);
  if (!group.sessions.some((s) => s.status === 'SCHEDULED' && s.startsAt > now)) throw refuse('group', t().groupEnded);
}

/** Joining after the first class: the classes still ahead of the year's, at the plan's price per class. */
export function agreedPrice(group: Pick<CentreGroupFacts, 'classes' | 'sessions'>, price: number, now: Date): number {
  const held = group.sessions.filter((s) => s.status !== 'CANCELLED' && s.startsAt <= now).length;
  return priceForRemaining(price, group.classes, group.classes - held);
}

/** The day the programme's ages are checked on: the group's first class. */
const firstClassDay = (group: CentreGroupFacts, now: Date) => warsawDateKey(group.sessions[0]?.startsAt ?? now);

function checkAge(group: CentreGroupFacts, birthDate: string | undefined, now: Date) {
  const day = birthDate?.trim() ?? '';
  const check = centreAgeCheck(day, group.programme, firstClassDay(group, now), warsawDateKey(now));
  if (check.ok) return day;
  const { minAge, maxAge } = group.programme;
  const text = {
    invalid: () => t().birthDate,
    future: () => t().birthDateFuture,
    tooYoung: () => t().tooYoung(minAge, maxAge, check.age!),
    tooOld: () => t().tooOld(minAge, maxAge, check.age!),
  };
  throw refuse('childBirthDate', text[check.reason]());
}

/** The parent's account, opened at once with its set-password e-mail (the issue: "the account opens at once"). */
async function newParent(
  tx: Tx,
  input: EnrolInput,
  passwordHash: string,
  group: CentreGroupFacts,
  now: Date,
  emailIds: string[],
): Promise<string> {
  if (!input.parent) throw refuse('email', t().email);
  const name = `${group.programme.name} — ${group.centre.name}`;
  const opened = await openParentAccount(tx, input.parent, passwordHash, { kind: 'centre', group: name }, now);
  if (!opened) throw refuse('email', t().emailTaken);
  if (opened.emailId) emailIds.push(opened.emailId);
  return opened.id;
}

/** The child's account: one of the parent's children (their day of birth checked), or a new profile. */
async function childOf(
  tx: Tx,
  payerId: string,
  input: EnrolInput,
  passwordHash: string | null,
  group: CentreGroupFacts,
  now: Date,
): Promise<string> {
  if (input.child !== 'new') {
    const child = await tx.child.findFirst({
      where: { id: input.child, parentId: payerId },
      select: { id: true, userId: true, birthDate: true },
    });
    if (!child) throw refuse('child', t().childMissing);
    const known = child.birthDate?.toISOString().slice(0, 10);
    const birthDate = checkAge(group, known ?? input.childBirthDate, now);
    if (!known)
      await tx.child.update({ where: { id: child.id }, data: { birthDate: new Date(`${birthDate}T00:00:00Z`) } });
    return child.userId;
  }
  const firstName = input.childFirstName?.trim() ?? '';
  const lastName = input.childLastName?.trim() ?? '';
  if (!firstName) throw refuse('childFirstName', t().childFirstName);
  if (!lastName) throw refuse('childLastName', t().childLastName);
  const birthDate = checkAge(group, input.childBirthDate, now);
  const parent = await tx.user.findUniqueOrThrow({ where: { id: payerId }, select: { roles: true } });
  // Enrolling a child makes the account a parent's (the families area reads the role).
  if (!parent.roles.includes('PARENT'))
    await tx.user.update({ where: { id: payerId }, data: { roles: { push: 'PARENT' } } });
  const user = await tx.user.create({
    data: {
      login: `${baseLogin(firstName, lastName)}-${randomBytes(3).toString('hex')}`,
      firstName,
      lastName,
      passwordHash: passwordHash!,
      roles: ['CHILD'],
      parentId: payerId,
    },
    select: { id: true },
  });
  await tx.child.create({
    data: {
      parentId: payerId,
      userId: user.id,
      fullName: `${firstName} ${lastName}`,
      birthYear: Number(birthDate.slice(0, 4)),
      birthDate: new Date(`${birthDate}T00:00:00Z`),
    },
  });
  return user.id;
}

/** One live enrolment of a child per group (on any of its three plans). */
async function checkNotEnrolled(tx: Tx, group: CentreGroupFacts, beneficiaryId: string) {
  const existing = await tx.contract.findFirst({
    where: { beneficiaryId, offer: { liveGroupId: group.liveGroupId }, status: { in: [...LIVE_STATUSES] } },
    select: { id: true },
  });
  if (existing) throw refuse('child', t().alreadyEnrolled);
}

/** The first due date's total (the first instalment and the starter pack share it, S6). */
async function firstPayment(tx: Tx, contractId: string) {
  const charges = await tx.contractCharge.findMany({
    where: { contractId },
    select: { amount: true, discount: true, dueDate: true, currency: true },
    orderBy: { seq: 'asc' },
  });
  const dueDate = charges[0].dueDate;
  const amount = charges
    .filter((c) => c.dueDate.getTime() === dueDate.getTime())
    .reduce((a, c) => a + c.amount - c.discount, 0);
  return { amount, dueDate, currency: charges[0].currency };
}
