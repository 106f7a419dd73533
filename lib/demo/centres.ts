// Demo learning centres for `npm start` (issue 22): two own centres (Warszawa Mokotów with 10 %
// Akcja Kontynuacja, Kraków with 200 zł; the window in June of the school year) and a partner
// school in Gdańsk (28 classes), five programmes, this school year's groups in each place — one
// nearly full (11 of 12), one below the minimum of 6 — and next year's groups for the
// continuation. Children enrolled by demo parents through the billing services, back-dated, with
// what was due so far paid. zosia (rodzic's child) is enrolled by lib/demo/billing.ts in the
// Warsaw Fermat II group (`demoCentreOfferId`); her birth date is set here. Idempotent: nothing is added when the centres exist.
import { hashPassword } from '@/lib/auth/password';
import { termsVersionInForce } from '@/lib/auth/terms';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { warsawToday } from '@/lib/billing/rules/days';
import { signContract } from '@/lib/billing/contracts/sign';
import { applyChargePaid } from '@/lib/billing/contracts/paid';
import { saveCentre, saveProgramme, slugOf, type CentreInput } from '@/lib/centres/catalogue/save';
import { createCentreGroup, centreOfferSlug } from '@/lib/centres/groups/create';
import { schoolYearOf } from '@/lib/centres/groups/classes';
import type { WeeklySchedule } from '@/lib/live/rules/schedule';
import { DEMO_CHILD } from '@/lib/demo/family';

const DAY = 86_400_000;

const PROGRAMMES = [
  { name: 'Fermat I', subject: 'maths', minAge: 7, maxAge: 9 },
  { name: 'Fermat II', subject: 'maths', minAge: 9, maxAge: 11 },
  { name: 'Euler I', subject: 'maths', minAge: 10, maxAge: 12 },
  { name: 'Euler II', subject: 'maths', minAge: 12, maxAge: 14 },
  { name: 'Programowanie w Scratchu', subject: 'programming', minAge: 8, maxAge: 11 },
] as const;
type Programme = (typeof PROGRAMMES)[number]['name'];

const window = (year: number) => ({ continuationFrom: `${year + 1}-06-01`, continuationTo: `${year + 1}-06-30` });

const CENTRES = (year: number): (CentreInput & { teacher: string })[] => [
  {
    name: 'Centrum Edukacyjne Warszawa Mokotów',
    kind: 'CENTRE',
    city: 'Warszawa',
    street: 'ul. Puławska 145',
    postalCode: '02-715',
    phone: '+48 22 100 20 30',
    email: 'mokotow@planeta.local',
    continuationKind: 'PERCENT',
    continuationValue: 1000,
    ...window(year),
    active: true,
    teacher: 'nauczyciel-waw',
  },
  {
    name: 'Centrum Edukacyjne Kraków Kazimierz',
    kind: 'CENTRE',
    city: 'Kraków',
    street: 'ul. Józefa 12',
    postalCode: '31-056',
    phone: '+48 12 200 30 40',
    email: 'krakow@planeta.local',
    continuationKind: 'AMOUNT',
    continuationValue: 20_000,
    ...window(year),
    active: true,
    teacher: 'nauczyciel-krk',
  },
  {
    name: 'Szkoła Podstawowa nr 12 w Gdańsku',
    kind: 'PARTNER_SCHOOL',
    city: 'Gdańsk',
    street: 'ul. Chlebnicka 5',
    postalCode: '80-830',
    phone: null,
    email: null,
    continuationKind: 'PERCENT',
    continuationValue: 1000,
    ...window(year),
    active: true,
    teacher: 'nauczyciel-gda',
  },
];

const TEACHERS = [
  { login: 'nauczyciel-waw', email: 'nauczyciel-waw@planeta.local', firstName: 'Michał', lastName: 'Mazurek' },
  { login: 'nauczyciel-krk', email: 'nauczyciel-krk@planeta.local', firstName: 'Katarzyna', lastName: 'Krawczyk' },
  { login: 'nauczyciel-gda', email: 'nauczyciel-gda@planeta.local', firstName: 'Grzegorz', lastName: 'Gdański' },
];

type DemoGroup = {
  centre: number; // index in CENTRES
  programme: Programme;
  weekday: WeeklySchedule['weekday'];
  startTime: string;
  children: number; // enrolled this year (next year's groups take none)
  next?: boolean; // next school year's group
};

/** Warszawa Fermat II on Tuesday is zosia's (6 + zosia); Euler I nearly full; Kraków Euler II below 6. */
const GROUPS: DemoGroup[] = [
  { centre: 0, programme: 'Fermat I', weekday: 1, startTime: '16:30', children: 7 },
  { centre: 0, programme: 'Fermat II', weekday: 2, startTime: '17:00', children: 6 },
  { centre: 0, programme: 'Euler I', weekday: 3, startTime: '17:00', children: 11 },
  { centre: 0, programme: 'Programowanie w Scratchu', weekday: 4, startTime: '16:00', children: 6 },
  { centre: 1, programme: 'Fermat II', weekday: 1, startTime: '17:00', children: 8 },
  { centre: 1, programme: 'Euler II', weekday: 3, startTime: '17:30', children: 4 },
  { centre: 2, programme: 'Fermat I', weekday: 2, startTime: '14:30', children: 6 },
  { centre: 0, programme: 'Fermat II', weekday: 2, startTime: '17:00', children: 0, next: true },
  { centre: 0, programme: 'Euler I', weekday: 3, startTime: '17:00', children: 0, next: true },
  { centre: 1, programme: 'Fermat II', weekday: 1, startTime: '17:00', children: 0, next: true },
];

/** Prices (grosze) of a year: centres 3200/3300/3400 zł, the partner school's shorter year less. */
const PRICES = [
  { priceAnnual: 320_000, priceHalf: 330_000, priceTen: 340_000 },
  { priceAnnual: 300_000, priceHalf: 310_000, priceTen: 320_000 },
  { priceAnnual: 252_000, priceHalf: 260_000, priceTen: 268_000 },
];

const PARENT_NAMES = [
  ['Anna', 'Kowalczyk'],
  ['Tomasz', 'Wójcik'],
  ['Agnieszka', 'Kamińska'],
  ['Paweł', 'Lewandowski'],
  ['Magdalena', 'Zielińska'],
  ['Krzysztof', 'Szymański'],
  ['Joanna', 'Woźniak'],
  ['Marcin', 'Dąbrowski'],
  ['Ewa', 'Kozłowska'],
  ['Piotr', 'Jankowski'],
  ['Monika', 'Mazur'],
  ['Robert', 'Kwiatkowski'],
  ['Katarzyna', 'Krawczyk'],
  ['Adam', 'Piotrowski'],
  ['Barbara', 'Grabowska'],
  ['Jacek', 'Nowakowski'],
  ['Aleksandra', 'Pawłowska'],
  ['Michał', 'Michalski'],
  ['Natalia', 'Adamczyk'],
  ['Łukasz', 'Dudek'],
];
const CHILD_NAMES = [
  'Antoni',
  'Julia',
  'Jan',
  'Zuzanna',
  'Franciszek',
  'Hanna',
  'Aleksander',
  'Maja',
  'Filip',
  'Lena',
  'Wojciech',
  'Alicja',
  'Szymon',
  'Oliwia',
  'Ignacy',
  'Laura',
  'Stanisław',
  'Pola',
  'Leon',
  'Nina',
  'Mikołaj',
  'Amelia',
  'Kacper',
  'Helena',
  'Tymon',
  'Iga',
  'Bartosz',
  'Marcelina',
  'Igor',
  'Wiktoria',
  'Oskar',
  'Emilia',
  'Kuba',
  'Gabriela',
  'Adam',
  'Liliana',
  'Tadeusz',
  'Ida',
  'Nikodem',
  'Maria',
  'Borys',
  'Róża',
  'Henryk',
  'Jagoda',
  'Marek',
  'Klara',
];
const PLANS = ['centre-ten', 'centre-annual', 'centre-half', 'centre-ten'] as const;

const slugFor = (name: string) => slugOf(name).replace(/-/g, '');

export async function seedCentresDemo(password: string, staffLogin: string, now = currentTime()): Promise<void> {
  const year = schoolYearOf(warsawToday(now));
  const specs = CENTRES(year);
  if (await db().centre.findFirst({ where: { name: specs[0].name }, select: { id: true } })) return;
  const staff = await db().user.findUnique({ where: { login: staffLogin }, select: { id: true } });
  if (!staff) return;
  const passwordHash = await hashPassword(password);
  const terms = { termsVersion: termsVersionInForce(), termsAcceptedAt: now };
  const teachers: Record<string, string> = {};
  for (const t of TEACHERS) {
    const row =
      (await db().user.findUnique({ where: { login: t.login }, select: { id: true } })) ??
      (await db().user.create({ data: { ...t, roles: ['TEACHER'], passwordHash, ...terms }, select: { id: true } }));
    teachers[t.login] = row.id;
  }
  await zosiaBirthDate();
  const centres: string[] = [];
  for (const { teacher: _t, ...c } of specs) centres.push(await saveCentre(staff.id, c));
  const programmes: Record<string, string> = {};
  for (const p of PROGRAMMES)
    programmes[p.name] = await saveProgramme(staff.id, { ...p, description: null, active: true });

  // This year's groups were opened in the summer, so every class of the year was ahead then.
  const summer = new Date(Math.min(now.getTime(), Date.parse(`${year}-08-15T10:00:00Z`)));
  let parent = 0;
  let child = 0;
  for (const g of GROUPS) {
    const groupYear = g.next ? year + 1 : year;
    const partner = specs[g.centre].kind === 'PARTNER_SCHOOL';
    const created = await createCentreGroup(
      staff.id,
      {
        centreId: centres[g.centre],
        programmeId: programmes[g.programme],
        schoolYear: groupYear,
        teacherId: teachers[specs[g.centre].teacher],
        weekday: g.weekday,
        startTime: g.startTime,
        durationMinutes: 90,
        breakMinutes: 10,
        firstDay: `${groupYear}-09-01`, // the first class is the group's weekday on or after it
        classes: partner ? 28 : 32,
        capacity: 12,
        ...PRICES[g.centre],
        starterPack: true,
      },
      g.next ? now : summer,
    );
    const programme = PROGRAMMES.find((p) => p.name === g.programme)!;
    for (let i = 0; i < g.children; i++, child++) {
      // Siblings now and then: every fifth child shares the previous child's parent.
      if (child % 5 !== 4 || parent === 0) parent++;
      const [pFirst, pLast] = PARENT_NAMES[(parent - 1) % PARENT_NAMES.length];
      const login = `rodzic-${slugFor(pFirst)}-${slugFor(pLast)}-${parent}`;
      const payer = await demoParent(login, pFirst, pLast, passwordHash, terms);
      const age = programme.minAge + (i % (programme.maxAge - programme.minAge + 1));
      const kid = await demoChild(payer, CHILD_NAMES[child % CHILD_NAMES.length], pLast, year - age, child);
      const planCode = PLANS[i % PLANS.length];
      const suffix = planCode === 'centre-annual' ? 'rok' : planCode === 'centre-half' ? 'polrocze' : 'raty';
      const offer = await db().billingOffer.findUniqueOrThrow({
        where: { slug: centreOfferSlug(created.centreGroupId, suffix) },
        select: { id: true },
      });
      const signedAt = new Date(Date.parse(`${year}-08-20T09:00:00Z`) + (i % 10) * DAY);
      await enrol(offer.id, payer, kid, signedAt < now ? signedAt : now, now);
    }
  }
}

async function demoParent(
  login: string,
  firstName: string,
  lastName: string,
  passwordHash: string,
  terms: { termsVersion: string; termsAcceptedAt: Date },
): Promise<string> {
  const found = await db().user.findUnique({ where: { login }, select: { id: true } });
  if (found) return found.id;
  const row = await db().user.create({
    data: { login, email: `${login}@planeta.local`, firstName, lastName, roles: ['PARENT'], passwordHash, ...terms },
    select: { id: true },
  });
  return row.id;
}

async function demoChild(parentId: string, firstName: string, lastName: string, birthYear: number, n: number) {
  const user = await db().user.create({
    data: { firstName, lastName, roles: ['CHILD'], parentId, passwordHash: '!' },
    select: { id: true },
  });
  const birthDate = new Date(Date.UTC(birthYear, n % 8, 1 + (n % 27))); // born January–August: the age holds on 1 September;
  await db().child.create({
    data: { parentId, userId: user.id, fullName: `${firstName} ${lastName}`, birthYear, birthDate },
  });
  return user.id;
}

/** Signs at `signedAt` and pays every charge due by `now`, on its due day. */
async function enrol(offerId: string, payerId: string, beneficiaryId: string, signedAt: Date, now: Date) {
  await db().$transaction(async (tx) => {
    const signed = await signContract(tx, {
      offerId,
      payerId,
      beneficiaryId,
      termsVersion: termsVersionInForce(signedAt),
      immediateStartConsent: true,
      discounts: [],
      now: signedAt,
      signedEmail: false,
    });
    const charges = await tx.contractCharge.findMany({
      where: { contractId: signed.contractId, dueDate: { lte: now } },
      orderBy: { seq: 'asc' },
      select: { id: true, dueDate: true },
    });
    for (const c of charges)
      await applyChargePaid(tx, c.id, {
        paidAt: new Date(Math.max(signedAt.getTime() + 3_600_000, c.dueDate.getTime() - DAY)),
        via: 'LINK',
      });
  });
}

/** The Warsaw Fermat II group of the school year `now` is in, where lib/demo/billing.ts enrols zosia. */
export async function demoCentreOfferId(planCode: string, now = currentTime()): Promise<string | null> {
  const group = await db().centreGroup.findFirst({
    where: {
      schoolYear: schoolYearOf(warsawToday(now)),
      centre: { city: 'Warszawa' },
      programme: { name: 'Fermat II' },
    },
    select: { liveGroupId: true },
  });
  const offer = group
    ? await db().billingOffer.findFirst({
        where: { liveGroupId: group.liveGroupId, planCode, product: 'centre' },
        select: { id: true },
      })
    : null;
  return offer?.id ?? null;
}

/** zosia's day of birth, in her birth year (a class-3 child: 9 on 1 September, Fermat II's 9–11). */
async function zosiaBirthDate() {
  const child = await db().child.findFirst({ where: { user: { login: DEMO_CHILD.login } } });
  if (child && !child.birthDate)
    await db().child.update({
      where: { id: child.id },
      data: { birthDate: new Date(Date.UTC(child.birthYear, 2, 14)) },
    });
}
