// What a level costs: its language offers (BillingOffer with product 'language' and the level's
// course), the monthly plan and the whole level paid up front, as the landing and the result show them.
import { db } from '@/lib/db/client';
import { LANGUAGE_PRODUCT } from '@/lib/language/programme';

export type LevelPrices = { currency: string; monthly: number | null; full: number | null };

export async function levelPrices(courseIds: readonly string[]): Promise<Map<string, LevelPrices>> {
  const offers = await db().billingOffer.findMany({
    where: { product: LANGUAGE_PRODUCT, active: true, courseId: { in: [...courseIds] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { courseId: true, planKind: true, amount: true, currency: true },
  });
  const out = new Map<string, LevelPrices>();
  for (const o of offers) {
    if (!o.courseId) continue;
    const p = out.get(o.courseId) ?? { currency: o.currency, monthly: null, full: null };
    if (o.planKind === 'MONTHLY') p.monthly ??= o.amount;
    if (o.planKind === 'FULL') p.full ??= o.amount;
    out.set(o.courseId, p);
  }
  return out;
}

/** The sign-up of a level (H2's page); the level travels as its CEFR code. */
export const signupHref = (cefr: string) => `/jezyk-polski/zapisy?poziom=${encodeURIComponent(cefr)}`;
