// Where an offer of the public list (/umowy) is signed: its product's own page when it has one
// (lib/billing/signup/own-signup.ts), else the generic sign-up page.
import { offerPath } from '@/lib/billing/queries/paths';
import { LANGUAGE_PATH } from '@/lib/language/paths';
import { LIVE_MATHS_PATH } from '@/lib/live-maths/paths';
import { CENTRES_PATH, centreGroupPath } from '@/lib/centres/paths';
import { LICENCE_ORDER_PATH } from '@/lib/licence/paths';

const OWN_PAGES: Record<string, string> = {
  language: LANGUAGE_PATH,
  live: LIVE_MATHS_PATH,
  centre: CENTRES_PATH,
  licence: LICENCE_ORDER_PATH,
};

/** A centre group's offers are `centrum-<centreGroupId>-rok|polrocze|raty` (CENTRES.md). */
const CENTRE_OFFER = /^centrum-([a-z0-9]+)-(?:rok|polrocze|raty)$/;

export function offerHref(offer: { product: string; slug: string }): string {
  const group = offer.product === 'centre' ? CENTRE_OFFER.exec(offer.slug) : null;
  if (group) return centreGroupPath(group[1]);
  return OWN_PAGES[offer.product] ?? offerPath(offer.slug);
}
