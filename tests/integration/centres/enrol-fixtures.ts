// Builders for the centre finder's and enrolment's integration tests: a centre, a programme and a
// school year's group (LiveGroup with weekly sessions, CentreGroup, its three offers) written the
// way the staff panel leaves them (CENTRES.md's data contract), plus a parent with a child.
import { db } from '@/lib/db/client';
import { fromWarsaw } from '@/lib/format/time';

let seq = 0;
const next = () => `${process.pid}${++seq}${Math.floor(Math.random() * 1e6)}`;

export async function makeTeacher() {
  const n = next();
  return db().user.create({
    data: {
      email: `lektor${n}@example.pl`,
      firstName: 'Jan',
      lastName: `Lektor${n}`,
      passwordHash: 'x',
      roles: ['TEACHER'],
    },
    select: { id: true },
  });
}

export async function makeParent(firstName = 'Anna') {
  const n = next();
  return db().user.create({
    data: { email: `rodzic${n}@example.pl`, firstName, lastName: `Kowalska${n}`, passwordHash: 'x', roles: ['PARENT'] },
    select: { id: true, email: true, roles: true },
  });
}

export async function makeChild(parentId: string, birthDate: string | null, firstName = 'Zosia') {
  const n = next();
  const user = await db().user.create({
    data: { login: `dziecko-${n}`, firstName, lastName: 'Kowalska', passwordHash: 'x', roles: ['CHILD'], parentId },
    select: { id: true },
  });
  return db().child.create({
    data: {
      parentId,
      userId: user.id,
      fullName: `${firstName} Kowalska`,
      birthYear: birthDate ? Number(birthDate.slice(0, 4)) : 2018,
      birthDate: birthDate ? new Date(`${birthDate}T00:00:00Z`) : null,
    },
    select: { id: true, userId: true },
  });
}

export type GroupSpec = {
  city?: string;
  kind?: 'CENTRE' | 'PARTNER_SCHOOL';
  subject?: string;
  minAge?: number;
  maxAge?: number;
  schoolYear?: number;
  /** The first class's Warsaw day; then weekly at 17:00. */
  firstDay?: string;
  classes?: number;
  capacity?: number;
  priceAnnual?: number;
  priceHalf?: number;
  priceTen?: number;
  starterPack?: boolean;
  teacherId?: string;
};

/** A centre group on the data contract: its place, exactly `classes` sessions and three offers. */
export async function makeCentreGroup(s: GroupSpec = {}) {
  const n = next();
  const classes = s.classes ?? 32;
  const capacity = s.capacity ?? 12;
  const teacherId = s.teacherId ?? (await makeTeacher()).id;
  const centre = await db().centre.create({
    data: {
      slug: `centrum-${n}`,
      name: `Centrum ${n}`,
      kind: s.kind ?? 'CENTRE',
      city: s.city ?? 'Warszawa',
      street: 'ul. Puławska 10',
      postalCode: '02-512',
    },
  });
  const programme = await db().centreProgramme.create({
    data: {
      slug: `fermat-${n}`,
      name: `Fermat ${n}`,
      subject: s.subject ?? 'maths',
      minAge: s.minAge ?? 7,
      maxAge: s.maxAge ?? 9,
    },
  });
  const [y, m, d] = (s.firstDay ?? '2026-09-07').split('-').map(Number);
  const starts = Array.from({ length: classes }, (_, i) => fromWarsaw(y, m, d + 7 * i, 17, 0));
  const live = await db().liveGroup.create({
    data: {
      programme: programme.slug,
      title: `${programme.name} — ${centre.name}`,
      teacherId,
      capacity,
      minParticipants: 6,
      place: `${centre.street}, ${centre.postalCode} ${centre.city}`,
      records: false,
      bookingMode: 'MEMBERS',
      weekday: 1,
      startTime: '17:00',
      durationMinutes: 90,
      breakMinutes: 10,
      firstDay: new Date(`${s.firstDay ?? '2026-09-07'}T00:00:00Z`),
      lastDay: starts.at(-1)!,
      sessions: {
        create: starts.map((startsAt) => ({
          teacherId,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 90 * 60_000),
          capacity,
        })),
      },
    },
  });
  const prices = {
    priceAnnual: s.priceAnnual ?? 320000,
    priceHalf: s.priceHalf ?? 330000,
    priceTen: s.priceTen ?? 340000,
  };
  const group = await db().centreGroup.create({
    data: {
      liveGroupId: live.id,
      centreId: centre.id,
      programmeId: programme.id,
      schoolYear: s.schoolYear ?? 2026,
      classes,
      ...prices,
      starterPack: s.starterPack ?? true,
    },
  });
  const plans = [
    ['rok', 'centre-annual', prices.priceAnnual],
    ['polrocze', 'centre-half', prices.priceHalf],
    ['raty', 'centre-ten', prices.priceTen],
  ] as const;
  for (const [suffix, planCode, amount] of plans) {
    await db().billingOffer.create({
      data: {
        slug: `centrum-${group.id}-${suffix}`,
        title: `${programme.name} — ${centre.name}, poniedziałek 17:00 (${suffix})`,
        product: 'centre',
        liveGroupId: live.id,
        planKind: 'INSTALMENTS',
        planCode,
        amount,
      },
    });
  }
  return { id: group.id, liveGroupId: live.id, centreId: centre.id, programmeId: programme.id, teacherId };
}

export const guest = (email = `nowy${next()}@example.pl`) => ({
  firstName: 'Marta',
  lastName: 'Wiśniewska',
  email,
  phone: '600100200',
});
