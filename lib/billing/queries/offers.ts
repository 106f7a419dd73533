// The offers people can sign (/umowy): what each is, its plan and price, and what the
// sign-up page needs to preview the schedule (a class group's coming sessions).
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';

const offerSelect = {
  id: true,
  slug: true,
  title: true,
  product: true,
  planKind: true,
  planCode: true,
  currency: true,
  amount: true,
  vatRate: true,
  periodSessions: true,
  courseId: true,
  liveGroupId: true,
} as const;

type OfferBase = Prisma.BillingOfferGetPayload<{ select: typeof offerSelect }>;

// An offer names its course or class group by id (products on top own those links): their
// titles are read in one query each for the whole list.
async function withNames(offers: OfferBase[]) {
  const courseIds = offers.map((o) => o.courseId).filter((x): x is string => !!x);
  const groupIds = offers.map((o) => o.liveGroupId).filter((x): x is string => !!x);
  const [courses, groups] = await Promise.all([
    db().course.findMany({ where: { id: { in: courseIds } }, select: { id: true, title: true, summary: true } }),
    db().liveGroup.findMany({ where: { id: { in: groupIds } }, select: { id: true, title: true, place: true } }),
  ]);
  const course = new Map(courses.map((c) => [c.id, c]));
  const group = new Map(groups.map((g) => [g.id, g]));
  return offers.map((o) => ({
    ...o,
    course: (o.courseId && course.get(o.courseId)) || null,
    liveGroup: (o.liveGroupId && group.get(o.liveGroupId)) || null,
  }));
}

export async function listOffers() {
  const offers = await db().billingOffer.findMany({
    where: { active: true },
    orderBy: [{ product: 'asc' }, { title: 'asc' }],
    select: offerSelect,
  });
  return withNames(offers);
}

export type OfferRow = Awaited<ReturnType<typeof listOffers>>[number];

/** An active offer with the sessions a SESSIONS plan counts its periods in (from `now` on). */
export async function offerForSignup(slug: string, now: Date) {
  const base = await db().billingOffer.findFirst({ where: { slug, active: true }, select: offerSelect });
  if (!base) return null;
  const [offer] = await withNames([base]);
  const sessions = offer.liveGroup
    ? await db().liveSession.findMany({
        where: { groupId: offer.liveGroup.id, status: 'SCHEDULED', startsAt: { gte: now } },
        orderBy: { startsAt: 'asc' },
        take: 40,
        select: { startsAt: true, endsAt: true },
      })
    : [];
  return { offer, sessions };
}
