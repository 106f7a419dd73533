// One centre group as every side shows it (finder, enrolment, the parent's page, the panel, the
// desk): where, what, when, for how much, with its class dates and its three offers.
import { db } from '@/lib/db/client';

export type CentreGroupFacts = NonNullable<Awaited<ReturnType<typeof centreGroupFacts>>>;

export async function centreGroupFacts(centreGroupId: string) {
  const g = await db().centreGroup.findUnique({
    where: { id: centreGroupId },
    select: {
      id: true,
      schoolYear: true,
      classes: true,
      priceAnnual: true,
      priceHalf: true,
      priceTen: true,
      starterPack: true,
      liveGroupId: true,
      centre: { select: { id: true, slug: true, name: true, kind: true, city: true, street: true, postalCode: true } },
      programme: { select: { id: true, slug: true, name: true, subject: true, minAge: true, maxAge: true } },
      liveGroup: {
        select: {
          weekday: true,
          startTime: true,
          durationMinutes: true,
          breakMinutes: true,
          capacity: true,
          minParticipants: true,
          cancelledAt: true,
          teacher: { select: { firstName: true, lastName: true } },
          sessions: { select: { id: true, startsAt: true, endsAt: true, status: true }, orderBy: { startsAt: 'asc' } },
        },
      },
    },
  });
  if (!g) return null;
  const offers = await db().billingOffer.findMany({
    where: { liveGroupId: g.liveGroupId, product: 'centre', active: true },
    select: { id: true, slug: true, title: true, planCode: true, amount: true },
    orderBy: { amount: 'asc' },
  });
  const { liveGroup, ...rest } = g;
  const { sessions, teacher, ...slot } = liveGroup;
  return { ...rest, ...slot, teacher, sessions, offers };
}
