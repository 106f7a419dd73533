// What the sign-up page shows (/umowy/[slug]): the offer, the schedule signing today would
// create (the same buildSchedule signContract uses), and whom the viewer may sign for.
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { listChildren } from '@/lib/families/children';
import { warsawDateKey } from '@/lib/format/time';
import { buildSchedule } from '@/lib/billing/rules/schedule';
import { planPolicy } from '@/lib/billing/rules/plans';
import { offerForSignup } from '@/lib/billing/queries/offers';
import { hasOwnSignup } from './own-signup';

/** Null for no such offer; `{ ownPage }` for one signed on its product's own page (the page redirects). */
export async function signupPage(slug: string, viewer: CurrentUser | null, now = currentTime()) {
  const found = await offerForSignup(slug, now);
  if (!found) return null;
  const { offer, sessions } = found;
  if (hasOwnSignup(offer.product)) return { ownPage: offer } as const;
  const schedule = buildSchedule({
    planCode: offer.planCode,
    amount: offer.amount,
    currency: offer.currency,
    signedDay: warsawDateKey(now),
    sessions,
    periodSessions: offer.periodSessions ?? undefined,
  });
  const policy = planPolicy(offer.planCode);
  const canSign = viewer !== null && can(viewer.roles, 'orders:buy');
  const children = canSign && viewer.roles.includes('PARENT') ? await listChildren(viewer.id) : [];
  return {
    ownPage: null,
    offer,
    schedule,
    policy,
    recurring: offer.planKind === 'MONTHLY' || offer.planKind === 'SESSIONS',
    canSign,
    childOptions: children.map((c) => ({ id: c.id, name: c.fullName })),
  };
}
