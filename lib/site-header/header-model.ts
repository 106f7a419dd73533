// What the header and the terms banner show to this request's visitor, read once per request
// (React cache: the layout renders both, and both ask): one statement for a signed-in person
// (./facts.ts), none for a guest without a cart.
import { cache } from 'react';
import { currentUser, type CurrentUser } from '@/lib/auth/session';
import { cartCount } from '@/lib/orders/cart';
import { cartOwner } from '@/lib/orders/cart-cookie';
import { buyingShown } from '@/lib/orders/shows-buying';
import { termsBannerOf, type TermsBanner } from '@/lib/legal/acceptance';
import { currentTime } from '@/lib/clock/clock';
import { currentLocale } from '@/lib/locale/current';
import { headerFacts } from './facts';

export type HeaderModel = {
  user: CurrentUser | null;
  inCart: number;
  /** "Koszyk" and "Zamówienia": not for a child, nor a company's participant who bought nothing. */
  buyer: boolean;
  live: boolean;
  contracts: boolean;
  zone: boolean;
  termsBanner: TermsBanner | null;
};

export const headerModel = cache(async (): Promise<HeaderModel> => {
  const [user, owner] = await Promise.all([currentUser(), cartOwner()]);
  if (!user) {
    const inCart = await cartCount(owner);
    return { user, inCart, buyer: true, live: false, contracts: false, zone: false, termsBanner: null };
  }
  const now = currentTime();
  const [facts, locale] = await Promise.all([headerFacts(user.id, owner.token, now), currentLocale()]);
  return {
    user,
    // A guest cart to merge into the account's: the cart area does it (and counts the result).
    inCart: facts.guestCart ? await cartCount(owner) : facts.cartLines,
    buyer: buyingShown(user.roles, facts),
    live: facts.live,
    contracts: facts.contracts,
    zone: facts.languageLearner,
    termsBanner: termsBannerOf(
      facts.storedRoles && { termsVersion: facts.termsVersion, roles: facts.storedRoles },
      now,
      locale,
    ),
  };
});
