// Schools for the planner's integration tests: the licence offer, a school ordered through the real
// order flow (its director), a teacher of it, and the instants the licence's phases are tested at.
import { db } from '@/lib/db/client';
import { orderLicence, type LicenceOrder } from '@/lib/licence/order';
import { LICENCE_OFFER_SLUG } from '@/lib/licence/paths';

/** Before the 2027 deadline, licence unpaid (restricted). */
export const DECEMBER = new Date('2026-12-02T10:00:00Z');
/** After the 2027 declaration deadline (8 February 2027). */
export const MARCH = new Date('2027-03-01T10:00:00Z');
/** After the 2027 licence ended (30 June) and before the purge: read-only. */
export const JULY = new Date('2027-07-10T10:00:00Z');

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
export type PlannerSchool = { schoolId: string; licenceId: string; director: { id: string }; teacher: { id: string } };

/** A school ordered through the real flow; its data-processing agreement accepted unless `dpa: false`. */
export async function plannerSchool(now = DECEMBER, opts: { dpa?: boolean } = {}): Promise<PlannerSchool> {
  n += 1;
  const input: LicenceOrder = {
    schoolName: `Liceum Ogólnokształcące nr ${n}`,
    okeCode: `1465${String(n).padStart(2, '0')}-021AB`,
    commission: 'warszawa',
    nip: '5260250274',
    street: 'ul. Nowowiejska 37',
    postalCode: '02-010',
    city: 'Warszawa',
    examYear: 2027,
    ecoInvoice: false,
    contact: { firstName: 'Anna', lastName: 'Dyrektorska', email: `dyr${n}@lo-planer.example.pl` },
  };
  const r = await orderLicence(input, null, now);
  if (r.fieldErrors) throw new Error(JSON.stringify(r.fieldErrors));
  const director = await db().schoolStaff.findFirstOrThrow({ where: { schoolId: r.schoolId } });
  const user = await db().user.create({
    data: { email: `naucz${n}@lo-planer.example.pl`, firstName: 'Tomasz', lastName: 'Uczący', passwordHash: 'x' },
  });
  await db().schoolStaff.create({ data: { schoolId: r.schoolId, userId: user.id, role: 'TEACHER' } });
  const licence = await db().schoolLicence.findFirstOrThrow({ where: { schoolId: r.schoolId } });
  if (opts.dpa !== false) {
    await db().groupAgreement.create({
      data: {
        schoolId: r.schoolId,
        method: 'POST',
        status: 'ACCEPTED',
        fileName: '',
        mimeType: '',
        size: 0,
        data: Buffer.alloc(0),
        uploadedById: director.userId,
        receivedOn: now,
        reviewedAt: now,
      },
    });
  }
  return { schoolId: r.schoolId, licenceId: licence.id, director: { id: director.userId }, teacher: { id: user.id } };
}

export async function refusal(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
}
