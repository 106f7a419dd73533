// A school year's centre group opened by staff: the live group with exactly N sessions, the
// CentreGroup and its three offers in one transaction; each refusal leaves nothing written.
// And the demo centres seeded through the same service, zosia's contract on a real group.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { saveCentre, saveProgramme, type CentreInput } from '@/lib/centres/catalogue/save';
import { createCentreGroup, type NewCentreGroup } from '@/lib/centres/groups/create';
import { centreGroupFacts } from '@/lib/centres/groups/facts';
import { panelGroup, panelGroups } from '@/lib/centres/panel/queries';
import { signContract } from '@/lib/billing/contracts/sign';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  emailsDispatched: async () => {},
  enqueueMany: async () => {},
}));

const now = new Date('2026-08-10T10:00:00Z');
let admin: string;
let support: string;
let teacher: string;
let base: NewCentreGroup;

const centre: CentreInput = {
  name: 'Centrum Testowe',
  kind: 'CENTRE',
  city: 'Warszawa',
  street: 'ul. Testowa 1',
  postalCode: '00-001',
  phone: null,
  email: null,
  continuationKind: 'PERCENT',
  continuationValue: 1000,
  continuationFrom: '2027-06-01',
  continuationTo: '2027-06-30',
  active: true,
};

const user = (login: string, roles: ('ADMINISTRATOR' | 'SUPPORT' | 'TEACHER')[]) =>
  db()
    .user.create({ data: { login, firstName: login, lastName: 'T', passwordHash: 'x', roles }, select: { id: true } })
    .then((u) => u.id);

async function counts() {
  const [groups, sessions, centreGroups, offers] = await Promise.all([
    db().liveGroup.count(),
    db().liveSession.count(),
    db().centreGroup.count(),
    db().billingOffer.count(),
  ]);
  return { groups, sessions, centreGroups, offers };
}

async function refusal(input: Partial<NewCentreGroup>, actor = admin) {
  const before = await counts();
  const e = await createCentreGroup(actor, { ...base, ...input }, now).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(UserError);
  expect(await counts()).toEqual(before);
  return (e as UserError).fieldCodes ?? {};
}

beforeAll(async () => {
  admin = await user('admin', ['ADMINISTRATOR']);
  support = await user('wsparcie', ['SUPPORT']);
  teacher = await user('uczy', ['TEACHER']);
  const centreId = await saveCentre(admin, centre);
  const programmeId = await saveProgramme(admin, {
    name: 'Fermat I',
    subject: 'maths',
    minAge: 7,
    maxAge: 9,
    description: null,
    active: true,
  });
  base = {
    centreId,
    programmeId,
    schoolYear: 2026,
    teacherId: teacher,
    weekday: 3,
    startTime: '17:00',
    durationMinutes: 90,
    breakMinutes: 10,
    firstDay: '2026-09-01',
    classes: 32,
    capacity: 12,
    priceAnnual: 320_000,
    priceHalf: 330_000,
    priceTen: 340_000,
    starterPack: true,
  };
});

describe('createCentreGroup', () => {
  it('writes the live group with exactly 32 sessions, the CentreGroup and three offers', async () => {
    const r = await createCentreGroup(admin, base, now);
    expect(r.sessions).toBe(32);
    const facts = (await centreGroupFacts(r.centreGroupId))!;
    expect(facts.sessions).toHaveLength(32);
    // Wednesdays from 2 September; 11 November (a holiday) skipped, so the 32nd class is later.
    expect(facts.sessions[0].startsAt.toISOString()).toBe('2026-09-02T15:00:00.000Z');
    expect(facts.sessions.map((s) => s.startsAt.toISOString().slice(0, 10))).not.toContain('2026-11-11');
    const live = await db().liveGroup.findUniqueOrThrow({ where: { id: r.liveGroupId } });
    expect(live.lastDay.toISOString().slice(0, 10)).toBe(r.lastDay);
    expect(facts.sessions[31].startsAt.toISOString().slice(0, 10)).toBe(r.lastDay);
    expect(live).toMatchObject({
      programme: 'fermat-i',
      place: 'ul. Testowa 1, 00-001 Warszawa',
      bookingMode: 'MEMBERS',
      records: false,
      capacity: 12,
      minParticipants: 6,
      title: 'Fermat I — Centrum Testowe, środa 17:00',
    });
    expect(facts.offers.map((o) => [o.slug, o.planCode, o.amount])).toEqual([
      [`centrum-${r.centreGroupId}-rok`, 'centre-annual', 320_000],
      [`centrum-${r.centreGroupId}-polrocze`, 'centre-half', 330_000],
      [`centrum-${r.centreGroupId}-raty`, 'centre-ten', 340_000],
    ]);
    expect(facts.offers[2].title).toBe('Fermat I — Centrum Testowe, środa 17:00 (dziesięć rat)');
  });

  it('28 classes for a partner school end earlier', async () => {
    const r = await createCentreGroup(admin, { ...base, weekday: 1, classes: 28 }, now);
    expect(r.sessions).toBe(28);
    expect(await db().liveSession.count({ where: { group: { centreGroup: { id: r.centreGroupId } } } })).toBe(28);
  });

  it('refuses bad input beside the field and writes nothing', async () => {
    expect(await refusal({ capacity: 13 })).toHaveProperty('capacity');
    expect(await refusal({ capacity: 5 })).toHaveProperty('capacity');
    expect(await refusal({ classes: 0 })).toHaveProperty('classes');
    expect(await refusal({ priceTen: 0 })).toHaveProperty('priceTen');
    expect(await refusal({ firstDay: '2027-08-01' })).toHaveProperty('firstDay');
    expect(await refusal({ startTime: '25:00' })).toHaveProperty('startTime');
    expect(await refusal({ centreId: 'nope' })).toHaveProperty('centreId');
    expect(await refusal({ teacherId: admin })).toHaveProperty('teacherId');
  });

  it('refuses a first day already behind us, a teacher busy then, and someone without centres:manage', async () => {
    // Friday 7 August is behind 10 August: the year would be one class short.
    expect(await refusal({ firstDay: '2026-08-03', weekday: 5 })).toEqual({
      firstDay: 'centresPanel.errors.firstDayPast',
    });
    await refusal({}); // the same teacher on Wednesdays at 17:00 again
    await refusal({ weekday: 5 }, support);
  });
});

describe('the panel reads', () => {
  it('counts a pending enrolment, lists the child with the parent and the next payment', async () => {
    const r = await createCentreGroup(admin, { ...base, weekday: 4, startTime: '15:00' }, now);
    const parent = await db().user.create({
      data: {
        login: 'mama',
        email: 'mama@planeta.local',
        firstName: 'Ewa',
        lastName: 'Mama',
        passwordHash: 'x',
        roles: ['PARENT'],
      },
    });
    const kid = await db().user.create({
      data: { firstName: 'Ola', lastName: 'Mama', passwordHash: '!', roles: ['CHILD'], parentId: parent.id },
    });
    await db().child.create({
      data: {
        parentId: parent.id,
        userId: kid.id,
        fullName: 'Ola Mama',
        birthYear: 2018,
        birthDate: new Date('2018-04-01'),
      },
    });
    const offer = await db().billingOffer.findUniqueOrThrow({ where: { slug: `centrum-${r.centreGroupId}-raty` } });
    await db().$transaction((tx) =>
      signContract(tx, {
        offerId: offer.id,
        payerId: parent.id,
        beneficiaryId: kid.id,
        termsVersion: 'v',
        immediateStartConsent: true,
        discounts: [],
        now,
        signedEmail: false,
      }),
    );
    const rows = await panelGroups({ year: 2026 });
    expect(rows.find((g) => g.id === r.centreGroupId)?.enrolled).toBe(1);
    const page = (await panelGroup(r.centreGroupId))!;
    expect(page.enrolled.map((c) => [c.beneficiary.firstName, c.payer.email, c.status, c.offer.planCode])).toEqual([
      ['Ola', 'mama@planeta.local', 'PENDING', 'centre-ten'],
    ]);
    expect(page.enrolled[0].charges.every((c) => c.status === 'OPEN')).toBe(true);
    expect(await panelGroup('nope')).toBeNull();
  });

  it('a centre twice under one name, or saved by someone without centres:manage, is refused', async () => {
    const before = await db().centre.count();
    await expect(saveCentre(admin, centre)).rejects.toMatchObject({
      fieldCodes: { name: 'centresPanel.errors.nameTaken' },
    });
    await expect(saveCentre(support, { ...centre, name: 'Inne' })).rejects.toThrow(UserError);
    expect(await db().centre.count()).toBe(before);
    const id = (await db().centre.findFirstOrThrow({ where: { name: centre.name } })).id;
    await saveCentre(
      admin,
      { ...centre, street: 'ul. Nowa 2', continuationKind: 'AMOUNT', continuationValue: 20_000 },
      id,
    );
    const places = await db().liveGroup.findMany({ where: { centreGroup: { centreId: id } }, select: { place: true } });
    expect(new Set(places.map((p) => p.place))).toEqual(new Set(['ul. Nowa 2, 00-001 Warszawa']));
    expect(await db().centre.findUniqueOrThrow({ where: { id } })).toMatchObject({
      continuationKind: 'AMOUNT',
      slug: 'centrum-testowe',
    });
  });
});
