// Demo contracts for `npm start` (issue 19): one offer per payment plan, and contracts of demo
// customers in several states, so a newcomer sees every plan without buying — abonent's razem
// month paid by card, zosia's Live period and centre year (one instalment overdue), a suspended
// razem learner and a school's licence waiting for its transfer. Signed and paid through the
// billing services with back-dated times, so the rows are what real use would write.
// Idempotent: nothing is added when the offers exist.
import { hashPassword } from '@/lib/auth/password';
import { termsVersionInForce } from '@/lib/auth/terms';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import type { BillingPayMethod } from '@/lib/db/generated/enums';
import { planPolicy } from '@/lib/billing/rules/plans';
import { dayToDate, warsawToday } from '@/lib/billing/rules/days';
import { signContract } from '@/lib/billing/contracts/sign';
import { applyChargePaid } from '@/lib/billing/contracts/paid';
import { suspendContract } from '@/lib/billing/contracts/state';
import { seedDiscountDemo } from '@/lib/demo/discounts';
import { demoCentreOfferId } from '@/lib/demo/centres';

const DAY = 86_400_000;

type DemoOffer = {
  slug: string;
  title: string;
  product: string;
  planCode: string;
  amount: number;
  link?: 'course' | 'live';
};

export const DEMO_OFFERS: DemoOffer[] = [
  {
    slug: 'angielski-razem-abonament',
    title: 'Angielski B1 razem — abonament miesięczny',
    product: 'razem',
    planCode: 'razem-monthly',
    amount: 19_900,
    link: 'course',
  },
  {
    slug: 'angielski-razem-z-gory',
    title: 'Angielski B1 razem — kurs opłacony z góry',
    product: 'razem',
    planCode: 'razem-full',
    amount: 179_000,
    link: 'course',
  },
  {
    slug: 'matematyka-live-abonament',
    title: 'Matematyka Live — abonament 4 zajęć',
    product: 'live',
    planCode: 'live-4',
    amount: 26_000,
    link: 'live',
  },
  {
    slug: 'licencja-szkolna',
    title: 'Planer maturalny — licencja szkolna na rok',
    product: 'licence',
    planCode: 'licence-proforma',
    amount: 50_000,
  },
  {
    slug: 'pakiet-rodzinny-raty',
    title: 'Pakiet rodzinny — dwie raty',
    product: 'family',
    planCode: 'family-instalments',
    amount: 120_000,
  },
];

const EXTRA_USERS = [
  {
    // The razem card contract's learner: not kursant, whose bought English course must not turn
    // into one that a contract's suspension can close (the e2e moves the clock past its due date).
    login: 'abonent',
    email: 'abonent@planeta.local',
    firstName: 'Marta',
    lastName: 'Abonencka',
    roles: ['LEARNER' as const],
  },
  {
    login: 'sluchacz',
    email: 'sluchacz@planeta.local',
    firstName: 'Piotr',
    lastName: 'Malinowski',
    roles: ['LEARNER' as const],
  },
  {
    login: 'szkola',
    email: 'sekretariat@lo-kopernik.planeta.local',
    firstName: 'Barbara',
    lastName: 'Sekretarska',
    roles: ['LEARNER' as const],
  },
];

export async function seedBillingDemo(password: string, now = currentTime()): Promise<void> {
  if (await db().billingOffer.findFirst({ where: { slug: DEMO_OFFERS[0].slug }, select: { id: true } })) return;
  const course = await db().course.findUnique({ where: { slug: 'angielski-b1' }, select: { id: true } });
  const maths = await db().liveGroup.findFirst({
    where: { bookingMode: 'MEMBERS', cancelledAt: null },
    select: { id: true },
  });
  const offer: Record<string, string> = {};
  for (const o of DEMO_OFFERS) {
    const plan = planPolicy(o.planCode);
    const row = await db().billingOffer.create({
      data: {
        slug: o.slug,
        title: o.title,
        product: o.product,
        planKind: plan.kind,
        planCode: o.planCode,
        amount: o.amount,
        periodSessions: plan.periodSessions ?? null,
        courseId: o.link === 'course' ? (course?.id ?? null) : null,
        liveGroupId: o.link === 'live' ? (maths?.id ?? null) : null,
      },
      select: { id: true },
    });
    offer[o.planCode] = row.id;
  }
  // zosia's centre year is in a real group of a demo centre (lib/demo/centres.ts, seeded before).
  const centreTen = await demoCentreOfferId('centre-ten', now);
  if (centreTen) offer['centre-ten'] = centreTen;

  const user = async (login: string) => db().user.findUnique({ where: { login }, select: { id: true } });
  for (const u of EXTRA_USERS) {
    if (await user(u.login)) continue;
    await db().user.create({
      data: {
        ...u,
        passwordHash: await hashPassword(password),
        termsVersion: termsVersionInForce(),
        termsAcceptedAt: now,
      },
    });
  }
  const [abonent, rodzic, zosia, sluchacz, szkola] = await Promise.all(
    ['abonent', 'rodzic', 'zosia', 'sluchacz', 'szkola'].map(user),
  );
  const ago = (days: number) => new Date(now.getTime() - days * DAY);

  /** Signs at `signedAt` and pays the charges `pay` picks, each on its due day (or at signing). */
  async function contract(
    planCode: string,
    payer: { id: string } | null,
    beneficiary: { id: string } | null,
    signedAt: Date,
    pay: (charge: { seq: number; dueDate: Date }) => boolean,
    via: BillingPayMethod = 'LINK',
  ): Promise<string | null> {
    if (!payer || !beneficiary || !offer[planCode]) return null;
    return db().$transaction(async (tx) => {
      const signed = await signContract(tx, {
        offerId: offer[planCode],
        payerId: payer.id,
        beneficiaryId: beneficiary.id,
        termsVersion: termsVersionInForce(signedAt),
        immediateStartConsent: true,
        // A card plan not paid by card here is paid from the e-mailed link (its demo payer has no card).
        payMethod: via === 'CARD' || planPolicy(planCode).payMethod !== 'CARD' ? undefined : 'LINK',
        discounts: [],
        now: signedAt,
      });
      const charges = await tx.contractCharge.findMany({
        where: { contractId: signed.contractId },
        orderBy: { seq: 'asc' },
        select: { id: true, seq: true, dueDate: true },
      });
      for (const c of charges.filter((x) => pay(x)))
        await applyChargePaid(tx, c.id, {
          paidAt: new Date(signedAt.getTime() + 3_600_000),
          via,
          ...(via === 'CARD' && { cardToken: 'TOKC_DEMO4242', cardLabel: 'Visa •••• 4242' }),
        });
      return signed.contractId;
    });
  }

  // abonent: razem monthly by card, the current month paid (ACTIVE). The simulator knows no card
  // saved before it started, so the next month's card charge is declined and the link e-mailed.
  await contract('razem-monthly', abonent, abonent, ago(10), (c) => c.seq === 1, 'CARD');
  // rodzic for zosia: the maths Live period paid (ACTIVE).
  const live = await contract('live-4', rodzic, zosia, ago(1), (c) => c.seq === 1);
  // rodzic for zosia: the Warsaw Fermat II group's ten instalments, ACTIVE either way. From the 11th
  // to the 30th of a month October–June: signed last month with the first instalment and the
  // starter pack paid and this month's 10th unpaid (one overdue, less than the 21 days after which
  // the daily run terminates it); on other days: signed six weeks ago with everything due so far
  // paid and the next instalment still ahead (the page shows what to pay next).
  const [, month, dayOfMonth] = warsawToday(now).split('-').map(Number);
  const tenth = dayOfMonth >= 11 && dayOfMonth <= 30 && (month >= 10 || month <= 6);
  const today = dayToDate(warsawToday(now));
  const centre = tenth
    ? await contract('centre-ten', rodzic, zosia, ago(dayOfMonth + 15), (c) => c.seq <= 2)
    : await contract('centre-ten', rodzic, zosia, ago(dayOfMonth + 45), (c) => c.dueDate < today);
  // sluchacz: razem monthly, the first month paid 35 days ago and the next one not (SUSPENDED;
  // the daily run terminates it 14 days after that due date).
  const suspended = await contract('razem-monthly', sluchacz, sluchacz, ago(35), (c) => c.seq === 1);
  if (suspended) await db().$transaction((tx) => suspendContract(tx, suspended, { actorId: null, now }));
  // szkola: a school's licence waiting for its transfer against the pro-forma (PENDING).
  await contract('licence-proforma', szkola, szkola, ago(2), () => false, 'TRANSFER');

  await seedDiscountDemo(db(), { contracts: { sibling: live ?? undefined, usedUp: centre ?? undefined }, now });
}
