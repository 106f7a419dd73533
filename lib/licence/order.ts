// Ordering a school licence (A4–A6, seed §2.3–2.5): the school, the contact's account (usable at
// once; its password set from a single-use link), the contact as the school's director, the
// contract on the licence offer (pro-forma, deadline, void by the billing run) with the school's
// discount, and the SchoolLicence (school, exam year) — one transaction, so a refusal leaves
// nothing. The confirmation (pro-forma and terms attached) and the link go out after the commit.
import { db, type Tx } from '@/lib/db/client';
import { isUniqueViolation, NotFoundError, type FieldErrors } from '@/lib/errors';
import { currentTime } from '@/lib/clock/clock';
import { termsVersionInForce } from '@/lib/auth/terms';
import { createPasswordLink } from '@/lib/auth/accounts';
import { messages } from '@/lib/i18n';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { absoluteUrl } from '@/lib/url';
import { seller } from '@/lib/invoices/seller';
import { signContract } from '@/lib/billing/contracts/sign';
import { recordEvent } from '@/lib/billing/contracts/events';
import { SET_PASSWORD_DAYS } from '@/lib/billing/contracts/activate-account';
import { NO_PASSWORD } from '@/lib/language/signup/sign-up';
import type { CommissionCode } from '@/lib/matura/data/oke';
import { orderableExamYears } from './rules/exam-years';
import { licencePeriod } from '@/lib/matura/rules/deadlines';
import { warsawToday, type Day } from '@/lib/billing/rules/days';
import { LICENCE_OFFER_SLUG, SCHOOL_PATH } from './paths';

export type LicenceOrder = {
  schoolName: string;
  okeCode: string;
  commission: CommissionCode;
  nip: string;
  street: string;
  postalCode: string;
  city: string;
  examYear: number;
  ecoInvoice: boolean;
  /** The contact, when nobody is signed in (a signed-in person orders on their own account). */
  contact?: { firstName: string; lastName: string; email: string };
};

export type LicenceOrdered = { schoolId: string; contractId: string; chargeId: string; proformaNumber: string };
export type OrderResult = { fieldErrors: FieldErrors } | ({ fieldErrors?: undefined } & LicenceOrdered);

/** A refusal found inside the transaction: thrown so that everything written before it rolls back. */
class Refused extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super('licence order refused');
  }
}

/** Contract states of a licence that still stands (paid or awaiting payment): one per school and year. */
const STANDING = ['PENDING', 'ACTIVE', 'SUSPENDED'];

export async function orderLicence(
  input: LicenceOrder,
  viewer: { id: string } | null,
  now = currentTime(),
): Promise<OrderResult> {
  const t = messages().licence.order.errors;
  if (!orderableExamYears(now).includes(input.examYear)) return { fieldErrors: { examYear: t.examYear } };
  if (!viewer && !input.contact) throw new Error('A licence order needs a contact or a signed-in person');
  const offer = { id: await licenceOfferId() };
  try {
    const done = await db().$transaction(async (tx) => {
      const schoolId = await schoolOf(tx, input, viewer);
      const payer = viewer ?? (await newContact(tx, input.contact!, now));
      await tx.schoolStaff.upsert({
        where: { schoolId_userId: { schoolId, userId: payer.id } },
        create: { schoolId, userId: payer.id, role: 'DIRECTOR', joinedAt: now },
        update: { role: 'DIRECTOR' },
      });
      const signed = await signLicenceIn(tx, {
        offerId: offer.id,
        schoolId,
        payerId: payer.id,
        examYear: input.examYear,
        startDay: licenceStart(input.examYear, now),
        now,
        event: { okeCode: input.okeCode, ecoInvoice: input.ecoInvoice },
      });
      if (!signed) throw new Refused({ examYear: t.licenceExists(input.examYear) });
      const emailIds = [await confirmationMail(tx, signed.contractId, input.examYear)];
      if (!viewer) emailIds.push(await accountMail(tx, payer.id, signed.contractId, now));
      return {
        schoolId,
        contractId: signed.contractId,
        chargeId: signed.chargeId,
        proformaNumber: signed.proformaNumber,
        emailIds: emailIds.filter((id): id is string => id !== null),
      };
    });
    await dispatchEmails(done.emailIds);
    const { emailIds: _sent, ...ordered } = done;
    return ordered;
  } catch (e) {
    if (e instanceof Refused) return { fieldErrors: e.fieldErrors };
    // Two orders at once for one school or one address: the second finds it taken.
    if (isUniqueViolation(e)) return { fieldErrors: { okeCode: t.raced } };
    throw e;
  }
}

/** A3: a licence runs from 1 September of its school year, or from the order when bought during it. */
function licenceStart(examYear: number, now: Date): Day {
  const { firstDay } = licencePeriod(examYear);
  const today = warsawToday(now);
  return firstDay > today ? firstDay : today;
}

export type LicenceSigning = {
  offerId: string;
  schoolId: string;
  payerId: string;
  examYear: number;
  startDay: Day;
  now: Date;
  /** A renewal (A11): the licence it renews, so its resit students carry over. */
  renewalOfId?: string;
  /** What the contract's 'licence-ordered' event records besides the school and the year. */
  event?: Record<string, unknown>;
};

/**
 * The licence's contract, in the caller's transaction: the pro-forma contract on the licence
 * offer with the school's discount, and the (school, exam year) row pointing to it — the order's
 * and the renewal's one way of buying a licence. Null when the school already holds a standing
 * licence for that year (nothing written). A licence voided unpaid is bought again: its row moves
 * to the new contract (its students stay).
 */
export async function signLicenceIn(
  tx: Tx,
  s: LicenceSigning,
): Promise<{ licenceId: string; contractId: string; chargeId: string; proformaNumber: string } | null> {
  const licence = await tx.schoolLicence.findUnique({
    where: { schoolId_examYear: { schoolId: s.schoolId, examYear: s.examYear } },
    select: { id: true, contractId: true },
  });
  if (licence) {
    const c = await tx.contract.findUnique({ where: { id: licence.contractId }, select: { status: true } });
    if (c && STANDING.includes(c.status)) return null;
  }
  const { discount } = await tx.school.findUniqueOrThrow({ where: { id: s.schoolId }, select: { discount: true } });
  const signed = await signContract(tx, {
    offerId: s.offerId,
    payerId: s.payerId,
    beneficiaryId: s.payerId,
    termsVersion: termsVersionInForce(s.now),
    immediateStartConsent: false,
    discounts:
      discount > 0
        ? [{ type: 'SCHOOL', kind: 'AMOUNT', value: discount, status: 'ACCEPTED', declared: { schoolId: s.schoolId } }]
        : [],
    now: s.now,
    startDay: s.startDay,
    signedEmail: false,
  });
  const row = licence
    ? await tx.schoolLicence.update({
        where: { id: licence.id },
        data: { contractId: signed.contractId, ...(s.renewalOfId ? { renewalOfId: s.renewalOfId } : {}) },
        select: { id: true },
      })
    : await tx.schoolLicence.create({
        data: {
          schoolId: s.schoolId,
          examYear: s.examYear,
          contractId: signed.contractId,
          renewalOfId: s.renewalOfId ?? null,
        },
        select: { id: true },
      });
  await recordEvent(tx, signed.contractId, 'licence-ordered', {
    actorId: s.payerId,
    at: s.now,
    detail: {
      schoolId: s.schoolId,
      examYear: s.examYear,
      ...(s.renewalOfId ? { renewalOfId: s.renewalOfId } : {}),
      ...s.event,
    },
  });
  return {
    licenceId: row.id,
    contractId: signed.contractId,
    chargeId: signed.firstChargeId,
    proformaNumber: signed.proformaNumber!,
  };
}

/** The licence offer's id (its slug, lib/demo/billing.ts); NotFoundError when it is not on sale. */
export async function licenceOfferId(): Promise<string> {
  const offer = await db().billingOffer.findFirst({
    where: { slug: LICENCE_OFFER_SLUG, active: true },
    select: { id: true },
  });
  if (!offer) throw new NotFoundError('licence offer');
  return offer.id;
}

/**
 * The school of the order. A new OKE code makes a new school; a known one is ordered again only
 * by its own director (signed in), whose data then update — anyone else is sent to the director,
 * so nobody takes over a school's data by ordering in its name.
 */
async function schoolOf(tx: Tx, input: LicenceOrder, viewer: { id: string } | null): Promise<string> {
  const t = messages().licence.order.errors;
  const data = {
    name: input.schoolName,
    commission: input.commission,
    nip: input.nip,
    street: input.street,
    postalCode: input.postalCode,
    city: input.city,
    ecoInvoice: input.ecoInvoice,
  };
  const known = await tx.school.findUnique({ where: { okeCode: input.okeCode }, select: { id: true } });
  if (!known) return (await tx.school.create({ data: { ...data, okeCode: input.okeCode }, select: { id: true } })).id;
  const director = viewer
    ? await tx.schoolStaff.findFirst({ where: { schoolId: known.id, userId: viewer.id, role: 'DIRECTOR' } })
    : null;
  if (!director) throw new Refused({ okeCode: t.schoolKnown });
  await tx.school.update({ where: { id: known.id }, data });
  return known.id;
}

/** The contact's account: usable at once (A6), without a password until the e-mailed link sets one. */
async function newContact(tx: Tx, c: NonNullable<LicenceOrder['contact']>, now: Date): Promise<{ id: string }> {
  const t = messages().licence.order.errors;
  if (await tx.user.findUnique({ where: { email: c.email }, select: { id: true } }))
    throw new Refused({ email: t.emailTaken });
  return tx.user.create({
    data: {
      firstName: c.firstName,
      lastName: c.lastName,
      email: c.email,
      passwordHash: NO_PASSWORD,
      roles: ['LEARNER'],
      termsVersion: termsVersionInForce(now),
      termsAcceptedAt: now,
    },
    select: { id: true },
  });
}

/** A5: the confirmation with the pro-forma and the licence terms attached, and the transfer's data in the text. */
async function confirmationMail(tx: Tx, contractId: string, examYear: number) {
  const { payer, ...props } = await licenceProformaMail(tx, contractId, examYear);
  return queueEmailOnce(tx, `licence-ordered:${contractId}`, payer.email!, 'licence-ordered', {
    firstName: payer.firstName,
    ...props,
  });
}

/**
 * What a licence's pro-forma e-mail says (the order's confirmation, the renewal's offer): the
 * contract, the pro-forma (attached on delivery by its charge), the amount, the transfer's
 * account and deadline; and the payer.
 */
export async function licenceProformaMail(tx: Tx, contractId: string, examYear: number) {
  const c = await tx.contract.findUniqueOrThrow({
    where: { id: contractId },
    select: {
      number: true,
      currency: true,
      payer: { select: { email: true, firstName: true } },
      charges: {
        orderBy: { seq: 'asc' },
        take: 1,
        select: { id: true, amount: true, discount: true, dueDate: true, proformaNumber: true },
      },
    },
  });
  const first = c.charges[0];
  const school = await tx.schoolLicence.findUniqueOrThrow({
    where: { contractId },
    select: { school: { select: { name: true } } },
  });
  return {
    payer: c.payer,
    contractId,
    chargeId: first.id,
    number: c.number,
    school: school.school.name,
    examYear,
    proformaNumber: first.proformaNumber!,
    amount: first.amount - first.discount, // minor units, formatted in the recipient's language
    currency: c.currency,
    dueDate: first.dueDate.toISOString(), // formatted in the recipient's language
    bankAccount: seller().bankAccount ?? '',
    schoolUrl: absoluteUrl(SCHOOL_PATH),
  };
}

/** A6: the single-use, expiring link that sets the new account's password. */
async function accountMail(tx: Tx, userId: string, contractId: string, now: Date) {
  const u = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, firstName: true } });
  const link = await createPasswordLink(tx, userId, now, SET_PASSWORD_DAYS * 86_400_000);
  return queueEmailOnce(tx, `licence-account:${contractId}`, u.email!, 'licence-account', {
    firstName: u.firstName,
    login: u.email!,
    link,
    validDays: SET_PASSWORD_DAYS,
  });
}
