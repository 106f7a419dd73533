// Where an offer of the public list (/umowy) is signed: its product's own page when it has one
// (lib/billing/signup/own-signup.ts), else the generic sign-up page.
import { offerPath } from '@/lib/billing/queries/paths';
import { LANGUAGE_PATH } from '@/lib/language/paths';
import { LIVE_MATHS_PATH } from '@/lib/live-maths/paths';
import { LICENCE_ORDER_PATH } from '@/lib/licence/paths';

const OWN_PAGES: Record<string, string> = {
  language: LANGUAGE_PATH,
  live: LIVE_MATHS_PATH,
  licence: LICENCE_ORDER_PATH,
};

export const offerHref = (offer: { product: string; slug: string }): string =>
  OWN_PAGES[offer.product] ?? offerPath(offer.slug);
