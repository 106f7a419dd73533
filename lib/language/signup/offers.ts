// The offers a level is signed on: monthly in advance where the level has one, the whole level up
// front (razem B5) — the active language BillingOffers of the level's course, one per plan kind.
import { db } from '@/lib/db/client';
import { LANGUAGE_PRODUCT } from '@/lib/language/programme';

export type LevelOffer = {
  id: string;
  slug: string;
  title: string;
  planKind: 'MONTHLY' | 'FULL';
  planCode: string;
  amount: number;
  currency: string;
};

export async function levelOffers(courseIds: string[]): Promise<Map<string, LevelOffer[]>> {
  const rows = await db().billingOffer.findMany({
    where: {
      product: LANGUAGE_PRODUCT,
      courseId: { in: courseIds },
      active: true,
      planKind: { in: ['MONTHLY', 'FULL'] },
    },
    select: {
      id: true,
      slug: true,
      title: true,
      planKind: true,
      planCode: true,
      amount: true,
      currency: true,
      courseId: true,
    },
    orderBy: [{ planKind: 'asc' }, { createdAt: 'asc' }],
  });
  const out = new Map<string, LevelOffer[]>();
  for (const { courseId, planKind, ...o } of rows) {
    const list = out.get(courseId!) ?? [];
    // One offer per plan kind: the oldest active one.
    if (!list.some((x) => x.planKind === planKind)) list.push({ ...o, planKind: planKind as LevelOffer['planKind'] });
    out.set(courseId!, list);
  }
  // Monthly first: where a level can be paid month by month, that is the plan offered first (B5).
  for (const list of out.values())
    list.sort((a, b) => (a.planKind === b.planKind ? 0 : a.planKind === 'MONTHLY' ? -1 : 1));
  return out;
}
