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
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
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
  const offer = await db().billingOffer.findFirst({
    where: { slug: LICENCE_OFFER_SLUG, active: true },
    select: { id: true },
  });
  if (!offer) throw new NotFoundError('licence offer');
  try {
    const done = await db().$transaction(async (tx) => {
      const schoolId = await schoolOf(tx, input, viewer);
      const payer = viewer ?? (await newContact(tx, input.contact!, now));
      const licence = await tx.schoolLicence.findUnique({
        where: { schoolId_examYear: { schoolId, examYear: input.examYear } },
        select: { id: true, contractId: true },
      });
      if (licence) {
        const c = await tx.contract.findUnique({ where: { id: licence.contractId }, select: { status: true } });
        if (c && STANDING.includes(c.status)) throw new Refused({ examYear: t.licenceExists(input.examYear) });
      }
      await tx.schoolStaff.upsert({
        where: { schoolId_userId: { schoolId, userId: payer.id } },
        create: { schoolId, userId: payer.id, role: 'DIRECTOR', joinedAt: now },
        update: { role: 'DIRECTOR' },
      });
      const { discount } = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { discount: true } });
      const signed = await signContract(tx, {
        offerId: offer.id,
        payerId: payer.id,
        beneficiaryId: payer.id,
        termsVersion: termsVersionInForce(now),
        immediateStartConsent: false,
        discounts:
          discount > 0
            ? [{ type: 'SCHOOL', kind: 'AMOUNT', value: discount, status: 'ACCEPTED', declared: { schoolId } }]
            : [],
        now,
        startDay: licenceStart(input.examYear, now),
        signedEmail: false,
      });
      // A licence voided unpaid is bought again on the new contract: the (school, year) row moves to it.
      if (licence)
        await tx.schoolLicence.update({ where: { id: licence.id }, data: { contractId: signed.contractId } });
      else
        await tx.schoolLicence.create({ data: { schoolId, examYear: input.examYear, contractId: signed.contractId } });
      await recordEvent(tx, signed.contractId, 'licence-ordered', {
        actorId: payer.id,
        at: now,
        detail: { schoolId, examYear: input.examYear, okeCode: input.okeCode, ecoInvoice: input.ecoInvoice },
      });
      const emailIds = [await confirmationMail(tx, signed.contractId, input.examYear)];
      if (!viewer) emailIds.push(await accountMail(tx, payer.id, signed.contractId, now));
      return {
        schoolId,
        contractId: signed.contractId,
        chargeId: signed.firstChargeId,
        proformaNumber: signed.proformaNumber!,
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
  return queueEmailOnce(tx, `licence-ordered:${contractId}`, c.payer.email!, 'licence-ordered', {
    firstName: c.payer.firstName,
    contractId,
    chargeId: first.id,
    number: c.number,
    school: school.school.name,
    examYear,
    proformaNumber: first.proformaNumber!,
    amount: formatMoney(first.amount - first.discount, c.currency),
    dueDate: formatDate(first.dueDate),
    bankAccount: seller().bankAccount ?? '',
    schoolUrl: absoluteUrl(SCHOOL_PATH),
  });
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
