// The Matplaneta Live order (/matematyka-live): the payer (signed in, or an account made now), the
// child (theirs, or a new profile; 4–13 by birth year, L2), the group's seat (L4, under the group's
// lock), declared discount codes (L7), the contract of the first Abonament and, when an invoice
// is wanted, its buyer data on the first charge's order — all in one transaction, nothing written
// on any refusal. The caller sends the payer to PayU.
import { randomBytes } from 'node:crypto';
import { db, type Tx } from '@/lib/db/client';
import { NotFoundError, UserError, type FieldErrors } from '@/lib/errors';
import { currentTime } from '@/lib/clock/clock';
import { termsVersionInForce } from '@/lib/auth/terms';
import { hashPassword } from '@/lib/auth/password';
import { openParentAccount } from '@/lib/families/parent-account';
import { dispatchEmails } from '@/lib/jobs/queues';
import { messages } from '@/lib/i18n';
import { warsawDateKey } from '@/lib/format/time';
import { signContract } from '@/lib/billing/contracts/sign';
import { declaredDiscounts } from '@/lib/billing/discounts/declare';
import { ensureChargeOrder } from '@/lib/billing/payments/charge-order';
import { liveAgeCheck } from './rules/age';
import { lockedSeatsLeft } from './seats';
import { LIVE_PRODUCT } from './course-page';

export type LiveOrderInput = {
  slug: string;
  child: string; // a child's id, or 'new'
  childName?: string;
  birthYear?: number;
  payer?: { firstName: string; lastName: string; email: string; phone?: string };
  code?: string;
  sibling?: string;
  invoice?: { companyName: string; nip: string; street: string; postalCode: string; city: string };
  immediateStart: boolean;
};

export type LiveOrdered =
  { fieldErrors: FieldErrors } | { fieldErrors?: undefined; firstChargeId: string; payerId: string };

/** Refusals found mid-transaction: thrown so that the account or child written before roll back. */
class Refused extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super('refused');
  }
}

const t = () => messages().liveMaths.errors;

export async function orderLiveCourse(viewerId: string | null, input: LiveOrderInput, now = currentTime()) {
  const offer = await db().billingOffer.findFirst({
    where: { slug: input.slug, active: true, product: LIVE_PRODUCT, liveGroupId: { not: null } },
  });
  if (!offer) return { fieldErrors: { slug: t().groupMissing } } satisfies LiveOrdered;
  // Argon2 outside the transaction; the new accounts' passwords are never known to anyone.
  const [payerHash, childHash] = await Promise.all([
    viewerId ? null : hashPassword(randomBytes(24).toString('base64url')),
    input.child === 'new' ? hashPassword(randomBytes(24).toString('base64url')) : null,
  ]);
  try {
    const done = await db().$transaction(async (tx) => {
      const emailIds: string[] = [];
      const payerId = viewerId ?? (await newPayer(tx, input, payerHash!, now, emailIds));
      const beneficiaryId = await childOf(tx, payerId, input, childHash, now);
      if ((await lockedSeatsLeft(tx, offer.liveGroupId!, now)) <= 0) throw new Refused({ slug: t().groupFull });
      const declared = await declaredDiscounts(tx, {
        offer,
        payerId,
        code: input.code,
        sibling: input.sibling ? { name: input.sibling } : undefined,
        continuation: false,
        now,
      });
      if ('fieldErrors' in declared) throw new Refused(declared.fieldErrors as FieldErrors);
      const signed = await signContract(tx, {
        offerId: offer.id,
        payerId,
        beneficiaryId,
        termsVersion: termsVersionInForce(now),
        immediateStartConsent: input.immediateStart,
        discounts: declared.drafts,
        now,
      });
      if (input.invoice) await invoiceOnFirstOrder(tx, signed.firstChargeId, input.invoice, now);
      return { firstChargeId: signed.firstChargeId, payerId, emailIds: [...emailIds, ...signed.emailIds] };
    });
    await dispatchEmails(done.emailIds);
    return { firstChargeId: done.firstChargeId, payerId: done.payerId } satisfies LiveOrdered;
  } catch (e) {
    if (e instanceof Refused) return { fieldErrors: e.fieldErrors } satisfies LiveOrdered;
    if (e instanceof UserError && e.codes.includes('liveEngine.groupFull')) {
      return { fieldErrors: { slug: t().groupFull } } satisfies LiveOrdered;
    }
    throw e;
  }
}

/** An account made at purchase: the parent sets the password from the e-mailed link. */
async function newPayer(tx: Tx, input: LiveOrderInput, passwordHash: string, now: Date, emailIds: string[]) {
  if (!input.payer) throw new Refused({ email: t().required });
  const opened = await openParentAccount(tx, input.payer, passwordHash, { kind: 'live-maths' }, now);
  if (!opened) throw new Refused({ email: t().emailTaken });
  if (opened.emailId) emailIds.push(opened.emailId);
  return opened.id;
}

function checkAge(birthYear: number | undefined, now: Date) {
  if (!birthYear || !Number.isInteger(birthYear)) throw new Refused({ birthYear: t().birthYearInvalid });
  const age = liveAgeCheck(birthYear, Number(warsawDateKey(now).slice(0, 4)));
  if (!age.ok) throw new Refused({ birthYear: t()[age.reason] });
}

/** The child's account: one of the payer's children, or a new profile (the parent joins for them, or sets a password later). */
async function childOf(tx: Tx, payerId: string, input: LiveOrderInput, passwordHash: string | null, now: Date) {
  if (input.child !== 'new') {
    const child = await tx.child.findFirst({
      where: { id: input.child, parentId: payerId },
      select: { birthYear: true, userId: true },
    });
    if (!child) throw new Refused({ child: t().childMissing });
    checkAge(child.birthYear, now);
    return child.userId;
  }
  const fullName = input.childName?.trim() ?? '';
  if (!fullName) throw new Refused({ childName: t().childNameMissing });
  checkAge(input.birthYear, now);
  const parent = await tx.user.findUniqueOrThrow({ where: { id: payerId }, select: { lastName: true, roles: true } });
  // Buying for a child makes the buyer a parent (the families area reads the role).
  if (!parent.roles.includes('PARENT')) {
    await tx.user.update({ where: { id: payerId }, data: { roles: { push: 'PARENT' } } });
  }
  const [first, ...rest] = fullName.split(/\s+/);
  const user = await tx.user.create({
    data: {
      login: `${slugPart(first)}-${randomBytes(3).toString('hex')}`,
      firstName: first,
      lastName: rest.join(' ') || parent.lastName,
      passwordHash: passwordHash!,
      roles: ['CHILD'],
      parentId: payerId,
    },
    select: { id: true },
  });
  await tx.child.create({ data: { parentId: payerId, userId: user.id, fullName, birthYear: input.birthYear! } });
  return user.id;
}

const slugPart = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/gi, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 20) || 'dziecko';

/** VAT-invoice data only when asked for (the order the first charge is paid through carries it). */
async function invoiceOnFirstOrder(tx: Tx, chargeId: string, inv: NonNullable<LiveOrderInput['invoice']>, now: Date) {
  const order = await ensureChargeOrder(tx, chargeId, now);
  if (order.state !== 'open') throw new NotFoundError('charge order');
  await tx.order.update({
    where: { id: order.orderId },
    data: {
      buyerType: 'COMPANY',
      buyerName: inv.companyName,
      companyName: inv.companyName,
      nip: inv.nip,
      street: inv.street,
      postalCode: inv.postalCode,
      city: inv.city,
    },
  });
}
