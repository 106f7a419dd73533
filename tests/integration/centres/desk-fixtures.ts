// Builders for the desk, cancellation and retention tests: a centre with a year's group (a live
// group with its weekly sessions, the CentreGroup, its three offers), parents with a child each and
// contracts signed through the billing engine. Rows are written directly, as the data contract in
// the plan describes them; the panel's own group creation is tested on its side.
import { db } from '@/lib/db/client';
import { signContract } from '@/lib/billing/contracts/sign';
import type { BillingPayMethod, Role } from '@/lib/db/generated/enums';

let seq = 0;
const next = () => `${process.pid}${++seq}${Math.floor(Math.random() * 1e6)}`;

export async function makePerson(roles: Role[] = [], firstName = 'Ewa') {
  const n = next();
  return db().user.create({
    data: { email: `c${n}@example.pl`, firstName, lastName: `Kowalska${n}`, passwordHash: 'x', roles },
    select: { id: true, email: true, firstName: true, lastName: true, roles: true },
  });
}

export type CentreGroupFixture = Awaited<ReturnType<typeof makeCentreGroup>>;

/** A Warsaw centre's group: `classes` weekly sessions from `firstClass` (UTC instants, 7 days apart). */
export async function makeCentreGroup(opts: { firstClass: Date; classes?: number; priceAnnual?: number }) {
  const n = next();
  const classes = opts.classes ?? 32;
  const priceAnnual = opts.priceAnnual ?? 320_000;
  const teacher = await makePerson(['TEACHER'], 'Anna');
  const centre = await db().centre.create({
    data: {
      slug: `mokotow-${n}`,
      name: `Centrum Mokotów ${n}`,
      city: 'Warszawa',
      street: 'ul. Puławska 10',
      postalCode: '02-500',
    },
  });
  const programme = await db().centreProgramme.create({
    data: { slug: `fermat-${n}`, name: 'Fermat I', subject: 'maths', minAge: 7, maxAge: 9 },
  });
  const day = (i: number) => new Date(opts.firstClass.getTime() + i * 7 * 86_400_000);
  const live = await db().liveGroup.create({
    data: {
      programme: programme.slug,
      title: `Fermat I — ${centre.name}`,
      teacherId: teacher.id,
      place: `${centre.street}, ${centre.postalCode} ${centre.city}`,
      records: false,
      weekday: 3,
      startTime: '16:00',
      durationMinutes: 90,
      breakMinutes: 10,
      firstDay: day(0),
      lastDay: day(classes - 1),
      sessions: {
        create: Array.from({ length: classes }, (_, i) => ({
          teacherId: teacher.id,
          startsAt: day(i),
          endsAt: new Date(day(i).getTime() + 90 * 60_000),
          capacity: 12,
        })),
      },
    },
  });
  const group = await db().centreGroup.create({
    data: {
      liveGroupId: live.id,
      centreId: centre.id,
      programmeId: programme.id,
      schoolYear: 2026,
      classes,
      priceAnnual,
      priceHalf: priceAnnual + 10_000,
      priceTen: priceAnnual + 20_000,
    },
  });
  const offer = (suffix: string, planCode: string, amount: number, plan: string) =>
    db().billingOffer.create({
      data: {
        slug: `centrum-${group.id}-${suffix}`,
        title: `Fermat I — ${centre.name}, środa 16:00 (${plan})`,
        product: 'centre',
        liveGroupId: live.id,
        planKind: 'INSTALMENTS',
        planCode,
        amount,
      },
      select: { id: true, amount: true },
    });
  const offers = {
    annual: await offer('rok', 'centre-annual', priceAnnual, 'rocznie'),
    half: await offer('polrocze', 'centre-half', priceAnnual + 10_000, 'semestralnie'),
    ten: await offer('raty', 'centre-ten', priceAnnual + 20_000, '10 rat'),
  };
  return { centre, programme, teacher, live, group, offers };
}

/** A parent with a child account (role CHILD, a Child row). */
export async function makeFamily(childFirst = 'Zosia') {
  const parent = await makePerson(['PARENT'], 'Marta');
  const child = await db().user.create({
    data: {
      email: `k${next()}@example.pl`,
      firstName: childFirst,
      lastName: parent.lastName,
      passwordHash: 'x',
      roles: ['CHILD'],
      parentId: parent.id,
    },
    select: { id: true, firstName: true, lastName: true },
  });
  await db().child.create({
    data: {
      parentId: parent.id,
      userId: child.id,
      fullName: `${child.firstName} ${child.lastName}`,
      birthYear: 2018,
      birthDate: new Date('2018-05-05'),
    },
  });
  return { parent, child };
}

/** The child enrolled on an offer: a contract signed now through the billing engine. */
export async function enrolChild(
  offerId: string,
  now: Date,
  payMethod: BillingPayMethod = 'DESK',
  family?: Awaited<ReturnType<typeof makeFamily>>,
) {
  const f = family ?? (await makeFamily());
  const signed = await db().$transaction((tx) =>
    signContract(tx, {
      offerId,
      payerId: f.parent.id,
      beneficiaryId: f.child.id,
      termsVersion: '2026-01',
      immediateStartConsent: true,
      payMethod,
      discounts: [],
      now,
    }),
  );
  return { ...f, ...signed };
}
