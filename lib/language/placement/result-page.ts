// What the result page shows: the recommended level and why (each band's points against the mark),
// and the offer for that level with the link to sign up for it.
import { db } from '@/lib/db/client';
import { formatMoney } from '@/lib/format/money';
import { formatDateTime } from '@/lib/format/time';
import { DEFAULT_LOCALE, messages, type Locale } from '@/lib/i18n';
import { bandMastered, bandPercentOf, type BandScore } from '@/lib/language/rules/placement';
import { levelPrices, signupHref } from './offers';
import { placementOfToken } from './result';

export type BandRow = BandScore & { percent: number; verdict: 'mastered' | 'toLearn' | 'notAssessed' };

/** Why this level, in one sentence: the bands mastered before it and the one that is not. */
export function whyLine(
  bands: readonly BandScore[],
  recommended: string,
  bandPercent: number,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = messages(locale).languagePlacement.result;
  const assessed = bands.filter((b) => b.max > 0);
  const at = assessed.findIndex((b) => b.cefr === recommended);
  const gap = assessed[at];
  if (gap && bandMastered(gap, bandPercent)) return t.whyAll(recommended, bandPercent);
  const before = assessed.slice(0, Math.max(0, at)).map((b) => b.cefr);
  return before.length ? t.whyAfter(before, recommended, bandPercent) : t.whyFirst(recommended, bandPercent);
}

export function bandRows(bands: readonly BandScore[], bandPercent: number): BandRow[] {
  return bands.map((b) => ({
    ...b,
    percent: bandPercentOf(b),
    verdict: b.max <= 0 ? 'notAssessed' : bandMastered(b, bandPercent) ? 'mastered' : 'toLearn',
  }));
}

export async function placementResultPage(token: string | undefined, locale: Locale = DEFAULT_LOCALE) {
  const result = await placementOfToken(token);
  if (!result) return null;
  const programme = await db().languageProgramme.findUnique({
    where: { id: result.programmeId },
    select: {
      placementBandPercent: true,
      levels: { select: { cefr: true, title: true, courseId: true, hours: true } },
    },
  });
  if (!programme) return null;
  const level = programme.levels.find((l) => l.cefr === result.recommendedCefr) ?? null;
  const prices = level ? (await levelPrices([level.courseId])).get(level.courseId) : undefined;
  const t = messages(locale).languagePlacement.landing;
  const price = (p: LevelPriceKey) => (prices?.[p] != null ? formatMoney(prices[p], prices.currency, locale) : null);
  return {
    recommendedCefr: result.recommendedCefr,
    submittedAt: formatDateTime(result.submittedAt, locale),
    why: whyLine(result.bands, result.recommendedCefr, programme.placementBandPercent, locale),
    bands: bandRows(result.bands, programme.placementBandPercent),
    offer: level && {
      title: level.title,
      hours: level.hours,
      monthly: price('monthly') && t.priceMonthly(price('monthly')!),
      full: price('full') && t.priceFull(price('full')!),
      href: signupHref(level.cefr),
    },
  };
}

type LevelPriceKey = 'monthly' | 'full';
