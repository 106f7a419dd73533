// What the sign-up page shows (/jezyk-polski/zapisy): the programme's levels with the plans each
// offers, the level to preselect (the address's ?poziom=, else the visitor's placement result, else
// the first level) and whether the viewer signs on their own account.
import type { CurrentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { formatMoney } from '@/lib/format/money';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n';
import { planPolicy } from '@/lib/billing/rules/plans';
import { defaultProgramme } from '@/lib/language/programme';
import { placementOfToken } from '@/lib/language/placement/result';
import { levelOffers } from './offers';

export type SignupLevel = {
  cefr: string;
  title: string;
  plans: { planKind: 'MONTHLY' | 'FULL'; price: string; cardChoice: boolean }[];
};

export type SignupPageModel = {
  programme: { title: string; minAge: number };
  levels: SignupLevel[];
  selected: string;
  placementCefr: string | null;
  member: { name: string } | null;
  /** Signed in with an account that cannot sign contracts (staff). */
  cannotSign: boolean;
};

/** Picks the level to show first: an offered level named by the address, then the placement's. */
export function preselectedLevel(offered: string[], query: string | undefined, placement: string | null): string {
  const wanted = [query?.toUpperCase(), placement].find((c) => c && offered.includes(c));
  return wanted ?? offered[0] ?? '';
}

export async function languageSignupPage(
  viewer: CurrentUser | null,
  query: string | undefined,
  placementToken: string | undefined,
  locale: Locale = DEFAULT_LOCALE,
): Promise<SignupPageModel | null> {
  const programme = await defaultProgramme();
  if (!programme) return null;
  const [offers, placement] = await Promise.all([
    levelOffers(programme.levels.map((l) => l.courseId)),
    placementOfToken(placementToken),
  ]);
  const levels = programme.levels.flatMap((l): SignupLevel[] => {
    const plans = (offers.get(l.courseId) ?? []).map((o) => ({
      planKind: o.planKind,
      price: formatMoney(o.amount, o.currency, locale),
      cardChoice: planPolicy(o.planCode).payMethod === 'CARD',
    }));
    return plans.length > 0 ? [{ cefr: l.cefr, title: l.title, plans }] : [];
  });
  const placementCefr = placement?.programmeId === programme.id ? placement.recommendedCefr : null;
  return {
    programme: { title: programme.title, minAge: programme.minAge },
    levels,
    selected: preselectedLevel(
      levels.map((l) => l.cefr),
      query,
      placementCefr,
    ),
    placementCefr,
    member: viewer && can(viewer.roles, 'orders:buy') ? { name: `${viewer.firstName} ${viewer.lastName}` } : null,
    cannotSign: viewer !== null && !can(viewer.roles, 'orders:buy'),
  };
}

/** The placement attempt a sign-up came with, when it belongs to this programme. */
export async function placementIdOf(token: string | undefined): Promise<string | null> {
  const [programme, placement] = await Promise.all([defaultProgramme(), placementOfToken(token)]);
  return placement && programme && placement.programmeId === programme.id ? placement.attemptId : null;
}
