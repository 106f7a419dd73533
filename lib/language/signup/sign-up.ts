// Sign-up to the language course (/jezyk-polski/zapisy, razem B1–B3): a visitor's account waiting
// for its first payment (no password, no login: B4 comes on payment), the learner's profile and the
// contract through billing's signContract, with the confirmation carrying the documents (B2) — one
// transaction, so a refusal leaves nothing behind. The caller sends the payer to pay the first charge.
import { db, type Tx } from '@/lib/db/client';
import { isUniqueViolation, NotFoundError, type FieldErrors } from '@/lib/errors';
import { currentTime } from '@/lib/clock/clock';
import { termsVersionInForce } from '@/lib/auth/terms';
import { lastInstantBefore, warsawDateKey } from '@/lib/format/time';
import { dateToDay } from '@/lib/billing/rules/days';
import { messages, type Locale } from '@/lib/i18n';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { signContract } from '@/lib/billing/contracts/sign';
import { recordEvent } from '@/lib/billing/contracts/events';
import { chargePayUrl } from '@/lib/billing/payments/link';
import { planPolicy } from '@/lib/billing/rules/plans';
import { withdrawalEnd } from '@/lib/orders/confirmation/summary';
import { defaultProgramme, type ProgrammeRow } from '@/lib/language/programme';
import type { GuestSignup, MemberSignup } from './form-schema';
import { levelOffers } from './offers';
import { ageRefusal } from './rules/age';

/** Never a valid argon2 hash: the account has no password until its link is used. */
export const NO_PASSWORD = '!activation-pending';

export type SignupRequest = ({ kind: 'guest' } & GuestSignup) | ({ kind: 'member'; userId: string } & MemberSignup);

export type SignupContext = {
  /** The placement attempt the visitor came with (its result prefilled the level). */
  placementId?: string | null;
  ip: string;
  now?: Date;
  /** The signer's language, for the refusals beside the fields. */
  locale?: Locale;
};

export type SignedUp =
  { fieldErrors: FieldErrors } | { fieldErrors?: undefined; number: string; firstChargeId: string; payerId: string };

const refuse = (field: string, message: string): { fieldErrors: FieldErrors } => ({
  fieldErrors: { [field]: message },
});

/** A refusal found inside the transaction: thrown so that everything written before it rolls back. */
class Refused extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super('sign-up refused');
  }
}

export async function signUpLearner(req: SignupRequest, ctx: SignupContext): Promise<SignedUp> {
  const now = ctx.now ?? currentTime();
  const t = messages(ctx.locale).languageSignup.errors;
  const programme = await defaultProgramme();
  if (!programme) throw new NotFoundError('language programme');
  const age = ageRefusal(req.birthDate, warsawDateKey(now), programme.minAge);
  if (age) {
    const text = { invalid: t.birthDate, future: t.birthDateFuture, tooYoung: t.tooYoung(programme.minAge) };
    return refuse('birthDate', text[age.reason]);
  }
  const level = programme.levels.find((l) => l.cefr === req.level);
  if (!level) return refuse('level', t.level);
  const offer = (await levelOffers([level.courseId])).get(level.courseId)?.find((o) => o.planKind === req.plan);
  if (!offer) return refuse('plan', t.plan);

  try {
    const signed = await db().$transaction(async (tx) => {
      const payer = await payerOf(tx, req, now, ctx.locale);
      const learner = await tx.languageLearner.findUnique({
        where: { userId_programmeId: { userId: payer.id, programmeId: programme.id } },
        select: { id: true, contractId: true },
      });
      const current = learner?.contractId
        ? await tx.contract.findUnique({ where: { id: learner.contractId }, select: { status: true } })
        : null;
      // One live contract per learner and programme; after one ended, a new sign-up starts a new one.
      if (learner && (!current || ['PENDING', 'ACTIVE', 'SUSPENDED'].includes(current.status))) {
        throw new Refused({ level: t.alreadyLearner });
      }
      const immediateStart = req.immediateStart === 'on';
      const termsVersion = termsVersionInForce(now);
      const result = await signContract(tx, {
        offerId: offer.id,
        payerId: payer.id,
        beneficiaryId: payer.id,
        termsVersion,
        immediateStartConsent: immediateStart,
        payMethod: planPolicy(offer.planCode).payMethod === 'CARD' ? req.payMethod : undefined,
        discounts: [],
        now,
        signedEmail: false,
      });
      const profile = {
        birthDate: new Date(`${req.birthDate}T00:00:00Z`),
        startCefr: level.cefr,
        placementId: ctx.placementId ?? null,
        contractId: result.contractId,
      };
      if (learner) await tx.languageLearner.update({ where: { id: learner.id }, data: profile });
      else await tx.languageLearner.create({ data: { userId: payer.id, programmeId: programme.id, ...profile } });
      // B1: the terms version, the moment and the address the contract was concluded from.
      await recordEvent(tx, result.contractId, 'language-signup', {
        actorId: payer.id,
        at: now,
        detail: {
          ip: ctx.ip,
          termsVersion,
          cefr: level.cefr,
          placementId: ctx.placementId ?? null,
          withdrawalKitReceived: true,
        },
      });
      const emailId = await confirmationMail(tx, programme, result.contractId);
      return {
        number: result.number,
        firstChargeId: result.firstChargeId,
        payerId: payer.id,
        emailIds: emailId ? [emailId] : [],
      };
    });
    await dispatchEmails(signed.emailIds);
    return { number: signed.number, firstChargeId: signed.firstChargeId, payerId: signed.payerId };
  } catch (e) {
    if (e instanceof Refused) return { fieldErrors: e.fieldErrors };
    // Two sign-ups with one address at once: the second finds it taken, and its transaction is gone.
    if (isUniqueViolation(e) && req.kind === 'guest') return refuse('email', t.emailTaken);
    throw e;
  }
}

/**
 * Who pays and studies: the signed-in person, or a new account waiting for its first payment. An
 * address with an account is refused beside the field (sign in first); one left pending by a
 * sign-up that was never paid (its contract void) is reused rather than locked out for ever.
 */
async function payerOf(tx: Tx, req: SignupRequest, now: Date, locale?: Locale): Promise<{ id: string }> {
  const t = messages(locale).languageSignup.errors;
  if (req.kind === 'member') return { id: req.userId };
  const existing = await tx.user.findUnique({
    where: { email: req.email },
    select: {
      id: true,
      activationPendingAt: true,
      contractsPaid: { where: { status: 'PENDING' }, select: { id: true } },
    },
  });
  // The language the visitor signed up in becomes the new account's (its e-mails, its pages).
  const person = { firstName: req.firstName, lastName: req.lastName, phone: req.phone ?? null, locale: locale ?? null };
  const terms = { termsVersion: termsVersionInForce(now), termsAcceptedAt: now };
  if (existing) {
    if (!existing.activationPendingAt) throw new Refused({ email: t.emailTaken });
    if (existing.contractsPaid.length > 0) throw new Refused({ email: t.emailPending });
    await tx.user.update({ where: { id: existing.id }, data: { ...person, ...terms, activationPendingAt: now } });
    return { id: existing.id };
  }
  return tx.user.create({
    data: {
      ...person,
      ...terms,
      email: req.email,
      passwordHash: NO_PASSWORD,
      roles: ['LEARNER'],
      activationPendingAt: now,
    },
    select: { id: true },
  });
}

/** The confirmation on a durable medium with the first charge's pay link and the PDFs (B2). */
async function confirmationMail(tx: Tx, programme: ProgrammeRow, contractId: string) {
  const c = await tx.contract.findUniqueOrThrow({
    where: { id: contractId },
    select: {
      number: true,
      planKind: true,
      termsVersion: true,
      signedAt: true,
      immediateStartConsent: true,
      currency: true,
      offer: { select: { title: true } },
      payer: { select: { email: true, firstName: true } },
      charges: {
        orderBy: { seq: 'asc' },
        take: 1,
        select: { id: true, label: true, amount: true, discount: true, dueDate: true },
      },
    },
  });
  const first = c.charges[0];
  return queueEmailOnce(tx, `language-signed:${contractId}`, c.payer.email!, 'language-signed', {
    firstName: c.payer.firstName,
    contractId,
    number: c.number,
    title: c.offer.title || programme.title,
    label: first.label,
    // Raw amount, day and instants: formatted in the learner's language when rendered.
    amount: first.amount - first.discount,
    currency: c.currency,
    dueDate: dateToDay(first.dueDate),
    link: chargePayUrl(first.id),
    termsVersion: c.termsVersion,
    signedAt: c.signedAt.toISOString(),
    consent: c.immediateStartConsent,
    withdrawalLastDay: lastInstantBefore(withdrawalEnd({ termsAcceptedAt: c.signedAt })).toISOString(),
    monthly: c.planKind === 'MONTHLY',
  });
}
