// Builders for the centre tests (helper C) until the demo's groups exist: a centre, a year's group
// (LiveGroup with weekly sessions, CentreGroup, its three offers per the data contract), a parent
// with a child, and an enrolment signed the way the form signs it (signContract).
import { db } from '@/lib/db/client';
import type { DiscountDraft } from '@/lib/billing/contracts/discounts';
import { signContract } from '@/lib/billing/contracts/sign';
import { applyChargePaid } from '@/lib/billing/contracts/paid';
import { addDays } from '@/lib/billing/rules/days';
import { fromWarsaw } from '@/lib/format/time';

let seq = 0;
const next = () => `${process.pid}${++seq}${Math.floor(Math.random() * 1e6)}`;

/** Warsaw wall-clock time of a day 'YYYY-MM-DD'. */
export const at = (day: string, hour = 10, minute = 0) => {
  const [y, m, d] = day.split('-').map(Number);
  return fromWarsaw(y, m, d, hour, minute);
};
export const date = (day: string) => new Date(`${day}T00:00:00Z`);

export async function makeCentre(
  o: { kind?: 'PERCENT' | 'AMOUNT'; value?: number; from?: string | null; to?: string | null; city?: string } = {},
) {
  const n = next();
  return db().centre.create({
    data: {
      slug: `centrum-${n}`,
      name: `Centrum ${n}`,
      city: o.city ?? 'Warszawa',
      street: 'ul. Puławska 1',
      postalCode: '02-515',
      continuationKind: o.kind ?? 'PERCENT',
      continuationValue: o.value ?? 1000,
      continuationFrom: o.from ? date(o.from) : null,
      continuationTo: o.to ? date(o.to) : null,
    },
  });
}

export async function makeProgramme(slug = `fermat-${next()}`) {
  return db().centreProgramme.create({
    data: { slug, name: `Fermat ${slug}`, subject: 'maths', minAge: 7, maxAge: 9 },
  });
}

export async function makeTeacher() {
  const n = next();
  return db().user.create({
    data: {
      email: `lektor${n}@example.pl`,
      firstName: 'Anna',
      lastName: `Lektor${n}`,
      passwordHash: 'x',
      roles: ['TEACHER'],
    },
  });
}

export type GroupSpec = {
  centreId: string;
  programmeSlug: string;
  teacherId: string;
  /** The first class day; the others follow weekly. */
  firstDay: string;
  classes?: number;
  schoolYear?: number;
  priceAnnual?: number;
  capacity?: number;
  startTime?: string;
};

/** A centre group as A's create makes it: LiveGroup + N weekly sessions + CentreGroup + 3 offers. */
export async function makeCentreGroup(s: GroupSpec) {
  const classes = s.classes ?? 32;
  const priceAnnual = s.priceAnnual ?? 320_000;
  const [hh, mm] = (s.startTime ?? '16:00').split(':').map(Number);
  const days = Array.from({ length: classes }, (_, i) => addDays(s.firstDay, 7 * i));
  const programme = await db().centreProgramme.findUniqueOrThrow({ where: { slug: s.programmeSlug } });
  const centre = await db().centre.findUniqueOrThrow({ where: { id: s.centreId } });
  const live = await db().liveGroup.create({
    data: {
      programme: s.programmeSlug,
      title: `${programme.name} — ${centre.name}`,
      teacherId: s.teacherId,
      capacity: s.capacity ?? 12,
      minParticipants: 6,
      place: `${centre.street}, ${centre.postalCode} ${centre.city}`,
      records: false,
      bookingMode: 'MEMBERS',
      weekday: new Date(`${s.firstDay}T12:00:00Z`).getUTCDay() || 7,
      startTime: s.startTime ?? '16:00',
      durationMinutes: 90,
      breakMinutes: 10,
      firstDay: date(s.firstDay),
      lastDay: date(days[days.length - 1]),
      sessions: {
        create: days.map((d) => {
          const [y, m, dd] = d.split('-').map(Number);
          const startsAt = fromWarsaw(y, m, dd, hh, mm);
          return {
            teacherId: s.teacherId,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 90 * 60_000),
            capacity: s.capacity ?? 12,
          };
        }),
      },
    },
  });
  const group = await db().centreGroup.create({
    data: {
      liveGroupId: live.id,
      centreId: s.centreId,
      programmeId: programme.id,
      schoolYear: s.schoolYear ?? Number(s.firstDay.slice(0, 4)),
      classes,
      priceAnnual,
      priceHalf: priceAnnual + 10_000,
      priceTen: priceAnnual + 20_000,
    },
  });
  const plans = [
    ['rok', 'centre-annual', priceAnnual],
    ['polrocze', 'centre-half', priceAnnual + 10_000],
    ['raty', 'centre-ten', priceAnnual + 20_000],
  ] as const;
  const offers: Record<'rok' | 'polrocze' | 'raty', string> = { rok: '', polrocze: '', raty: '' };
  for (const [suffix, planCode, amount] of plans) {
    const o = await db().billingOffer.create({
      data: {
        slug: `centrum-${group.id}-${suffix}`,
        title: `${programme.name} — ${centre.name} (${suffix})`,
        product: 'centre',
        planKind: 'INSTALMENTS',
        planCode,
        amount,
        liveGroupId: live.id,
      },
    });
    offers[suffix] = o.id;
  }
  return { id: group.id, liveGroupId: live.id, days, offers, priceAnnual, classes };
}

/** A parent (role PARENT) with one child account (role CHILD) and its Child row. */
export async function makeFamily(childBirth = '2018-05-01') {
  const n = next();
  const parent = await db().user.create({
    data: {
      email: `rodzic${n}@example.pl`,
      firstName: 'Ewa',
      lastName: `Rodzic${n}`,
      passwordHash: 'x',
      roles: ['PARENT'],
    },
  });
  const child = await db().user.create({
    data: {
      email: `dziecko${n}@example.pl`,
      firstName: 'Zosia',
      lastName: `Rodzic${n}`,
      passwordHash: 'x',
      roles: ['CHILD'],
      parentId: parent.id,
    },
  });
  await db().child.create({
    data: {
      parentId: parent.id,
      userId: child.id,
      fullName: `Zosia Rodzic${n}`,
      birthYear: Number(childBirth.slice(0, 4)),
      birthDate: date(childBirth),
    },
  });
  return { parent, child };
}

export async function enrol(
  offerId: string,
  family: { parent: { id: string }; child: { id: string } },
  now: Date,
  discounts: DiscountDraft[] = [],
) {
  return db().$transaction((tx) =>
    signContract(tx, {
      offerId,
      payerId: family.parent.id,
      beneficiaryId: family.child.id,
      termsVersion: 't1',
      immediateStartConsent: true,
      discounts,
      now,
    }),
  );
}

export async function pay(chargeId: string, paidAt: Date) {
  const r = await db().$transaction((tx) => applyChargePaid(tx, chargeId, { paidAt, via: 'LINK' }));
  if (!r.changed) throw new Error(`charge ${chargeId} was not open`);
}

export async function chargesOf(contractId: string) {
  return db().contractCharge.findMany({ where: { contractId }, orderBy: { seq: 'asc' } });
}

/** A centre with a programme and a teacher: the spec every group of theirs starts from. */
export async function makeCentreSetup(terms: Parameters<typeof makeCentre>[0] = {}) {
  const centre = await makeCentre(terms);
  const programme = await makeProgramme();
  const teacher = await makeTeacher();
  return { centre, spec: { centreId: centre.id, programmeSlug: programme.slug, teacherId: teacher.id } };
}

/** A family's child enrolled (signed `signedDay`) with every charge paid the next day. */
export async function enrolPaid(
  offerId: string,
  family?: Awaited<ReturnType<typeof makeFamily>>,
  signedDay = '2026-08-20',
) {
  const f = family ?? (await makeFamily());
  const signed = await enrol(offerId, f, at(signedDay));
  for (const c of await chargesOf(signed.contractId)) await pay(c.id, at(addDays(signedDay, 1)));
  return { family: f, signed };
}
