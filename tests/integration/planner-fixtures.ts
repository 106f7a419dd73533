// Schools for the planner's integration tests: the licence offer, a school ordered through the real
// order flow (its director), a teacher of it, its transfer booked, and the instants the licence's
// phases are tested at.
import { db } from '@/lib/db/client';
import { bookTransfer } from '@/lib/billing/payments/transfers';
import { orderLicence, type LicenceOrder, type LicenceOrdered } from '@/lib/licence/order';
import { LICENCE_OFFER_SLUG } from '@/lib/licence/paths';

/** Before the 2027 deadline, licence unpaid (restricted). */
export const DECEMBER = new Date('2026-12-02T10:00:00Z');
/** After the 2027 declaration deadline (8 February 2027). */
export const MARCH = new Date('2027-03-01T10:00:00Z');
/** After the 2027 licence ended (30 June) and before the purge: read-only. */
export const JULY = new Date('2027-07-10T10:00:00Z');

/** The licence's billing offer (500 zł, pro-forma): orderLicence needs it in the test file's database. */
export async function licenceOffer(): Promise<void> {
  await db().billingOffer.upsert({
    where: { slug: LICENCE_OFFER_SLUG },
    update: {},
    create: {
      slug: LICENCE_OFFER_SLUG,
      title: 'Planer maturalny — licencja szkolna na rok',
      product: 'licence',
      planKind: 'PROFORMA',
      planCode: 'licence-proforma',
      amount: 50_000,
    },
  });
}

let n = 0;

/** A guest's valid order for exam year 2027, its OKE code and contact e-mail unique in the file;
 *  `over` replaces fields (a known school's OKE code, another year, no contact). */
export function order(over: Partial<LicenceOrder> = {}): LicenceOrder {
  n += 1;
  return {
    schoolName: `XIV Liceum Ogólnokształcące nr ${n}`,
    okeCode: `1465${String(n).padStart(2, '0')}-011AB`,
    commission: 'warszawa',
    nip: '5260250274',
    street: 'ul. Nowowiejska 37',
    postalCode: '02-010',
    city: 'Warszawa',
    examYear: 2027,
    ecoInvoice: false,
    contact: { firstName: 'Anna', lastName: 'Dyrektorska', email: `dyrektor${n}@lo.example.pl` },
    ...over,
  };
}

/** What a test needs of a planner school: the ids the services take, and the order's pro-forma to pay. */
export type PlannerSchool = LicenceOrdered & {
  licenceId: string;
  okeCode: string;
  /** The director's (the order's contact's) e-mail. */
  email: string;
  director: { id: string };
  teacher: { id: string };
};

/** A school ordered through the real flow (unpaid: restricted) with its director and a TEACHER staff
 *  member; its data-processing agreement accepted unless `dpa: false`; `order` replaces order fields. */
export async function plannerSchool(
  now = DECEMBER,
  opts: { dpa?: boolean; order?: Partial<LicenceOrder> } = {},
): Promise<PlannerSchool> {
  const input = order(opts.order);
  const r = await orderLicence(input, null, now);
  if (r.fieldErrors) throw new Error(JSON.stringify(r.fieldErrors));
  const director = await db().schoolStaff.findFirstOrThrow({ where: { schoolId: r.schoolId } });
  const user = await db().user.create({
    data: { email: `nauczyciel${n}@lo.example.pl`, firstName: 'Tomasz', lastName: 'Uczący', passwordHash: 'x' },
  });
  await db().schoolStaff.create({ data: { schoolId: r.schoolId, userId: user.id, role: 'TEACHER' } });
  const licence = await db().schoolLicence.findUniqueOrThrow({ where: { contractId: r.contractId } });
  if (opts.dpa !== false) {
    await db().groupAgreement.create({
      data: {
        schoolId: r.schoolId,
        method: 'POST',
        status: 'ACCEPTED',
        fileName: '',
        mimeType: '',
        size: 0,
        uploadedById: director.userId,
        receivedOn: now,
        reviewedAt: now,
      },
    });
  }
  return {
    schoolId: r.schoolId,
    contractId: r.contractId,
    chargeId: r.chargeId,
    proformaNumber: r.proformaNumber,
    licenceId: licence.id,
    okeCode: input.okeCode,
    email: input.contact!.email,
    director: { id: director.userId },
    teacher: { id: user.id },
  };
}

/** The staff accountant (ACCOUNTING role) who books transfers and ends licences; created once per
 *  test file's database, the same id on every call. */
export async function accountantId(): Promise<string> {
  const user = await db().user.upsert({
    where: { email: 'ksiegowa@example.pl' },
    update: {},
    create: {
      email: 'ksiegowa@example.pl',
      firstName: 'Ewa',
      lastName: 'Księgowa',
      passwordHash: 'x',
      roles: ['ACCOUNTING'],
    },
    select: { id: true },
  });
  return user.id;
}

/** Pays an order placed in DECEMBER: the accountant books its transfer in full on 3 December 2026,
 *  so the licence is in full use from then. */
export async function paid(school: Pick<LicenceOrdered, 'chargeId' | 'proformaNumber'>): Promise<void> {
  await bookTransfer(
    {
      chargeId: school.chargeId,
      amount: 50_000,
      title: school.proformaNumber,
      bookedOn: '2026-12-03',
      bookedById: await accountantId(),
    },
    new Date('2026-12-03T10:00:00Z'),
  );
}

/** The error a promise is rejected with; fails the test when it resolves instead. */
export async function refusal(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
}
