// The header's one statement (lib/site-header/facts.ts) answers what the areas' own functions
// answer, for every account of the demo data (learners, parents and children, a company and its
// participants, contract payers, the language school's learners, staff), and a guest cart is
// still merged into the account's on the first page after logging in.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { seedDemoData } from '@/lib/demo/seed';
import { headerFacts } from '@/lib/site-header/facts';
import { buyingShown, showsBuying } from '@/lib/orders/shows-buying';
import { cartCount, newCartToken } from '@/lib/orders/cart';
import { hasLiveClasses } from '@/lib/live/learner/overview';
import { paysContracts } from '@/lib/billing/queries/payer';
import { isLanguageLearner } from '@/lib/language/zone/zone-page';
import { termsBannerFor, termsBannerOf } from '@/lib/legal/acceptance';
import { currentTime } from '@/lib/clock/clock';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  emailsDispatched: async () => {},
  enqueueMany: async () => {},
}));

describe('the header facts', () => {
  it('match the areas’ own answers for every demo account', async () => {
    await seedDemoData();
    // The demo leaves every cart empty: one learner has something in theirs.
    const learner = await db().user.findUniqueOrThrow({ where: { login: 'kursant' } });
    const offers = await db().courseOffer.findMany({ where: { active: true }, take: 2, select: { id: true } });
    await db().cart.create({
      data: { token: newCartToken(), userId: learner.id, items: { create: offers.map((o) => ({ offerId: o.id })) } },
    });
    const users = await db().user.findMany({ select: { id: true, roles: true }, orderBy: { id: 'asc' } });
    const now = currentTime();
    const seen = { cart: 0, buyer: 0, live: 0, contracts: 0, zone: 0, banner: 0 };
    for (const u of users) {
      const facts = await headerFacts(u.id, null, now);
      const stored = facts.storedRoles && { termsVersion: facts.termsVersion, roles: facts.storedRoles };
      const expected = {
        cart: await cartCount({ token: null, userId: u.id }),
        buyer: await showsBuying(u),
        live: await hasLiveClasses(u.id, now),
        contracts: await paysContracts(u.id),
        zone: await isLanguageLearner(u.id),
        banner: await termsBannerFor(u.id, now),
      };
      expect({
        cart: facts.cartLines,
        buyer: buyingShown(u.roles, facts),
        live: facts.live,
        contracts: facts.contracts,
        zone: facts.languageLearner,
        banner: termsBannerOf(stored, now),
      }).toEqual(expected);
      seen.cart += expected.cart > 0 ? 1 : 0;
      seen.buyer += expected.buyer ? 0 : 1;
      seen.live += expected.live ? 1 : 0;
      seen.contracts += expected.contracts ? 1 : 0;
      seen.zone += expected.zone ? 1 : 0;
      seen.banner += expected.banner ? 1 : 0;
    }
    // Each answer is yes for someone and no for someone else, so each comparison above could fail.
    for (const [fact, yes] of Object.entries(seen)) {
      expect.soft(yes, fact).toBeGreaterThan(0);
      expect.soft(yes, fact).toBeLessThan(users.length);
    }
  });

  it('say no for an unknown account and mark a guest cart that awaits merging', async () => {
    const none = await headerFacts('no-such-user', null);
    expect(none).toMatchObject({ cartLines: 0, guestCart: false, live: false, termsVersion: null, storedRoles: null });
    expect(termsBannerOf(null)).toBeNull();

    const user = await db().user.create({
      data: { email: 'koszyk-gosc@example.pl', firstName: 'Ewa', lastName: 'Nowak', passwordHash: 'x' },
    });
    const offer = await db().courseOffer.findFirstOrThrow({ where: { active: true } });
    const token = newCartToken();
    await db().cart.create({ data: { token, items: { create: { offerId: offer.id } } } });
    expect(await headerFacts(user.id, token)).toMatchObject({ guestCart: true, cartLines: 0 });
    // The cart area merges it (what the header then calls); afterwards nothing is left to merge.
    expect(await cartCount({ token, userId: user.id })).toBe(1);
    expect(await headerFacts(user.id, token)).toMatchObject({ guestCart: false, cartLines: 1 });
  });
});
