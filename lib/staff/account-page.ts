// What support sees on one account (/panel/uzytkownicy/[id]): roles and state, orders,
// enrolments, groups, family, consents, login history (sessions and failed-login counters) and
// privacy requests. Read-only; the page's actions are lib/staff/account-actions.ts.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { LIMITS } from '@/lib/auth/rate-limit';

const SESSIONS_SHOWN = 20;

export type Consent = { kind: 'terms' | 'immediate-delivery'; version: string; at: Date | null; order: string | null };

/** Terms accepted at registration and with each order, and the consent to immediate delivery. */
export function consentsOf(
  user: { termsVersion: string | null; termsAcceptedAt: Date | null },
  orders: { number: string; termsVersion: string; termsAcceptedAt: Date; immediateDeliveryConsent: boolean }[],
): Consent[] {
  const account: Consent[] = user.termsVersion
    ? [{ kind: 'terms', version: user.termsVersion, at: user.termsAcceptedAt, order: null }]
    : [];
  return [
    ...account,
    ...orders.flatMap((o): Consent[] => [
      { kind: 'terms', version: o.termsVersion, at: o.termsAcceptedAt, order: o.number },
      ...(o.immediateDeliveryConsent
        ? [{ kind: 'immediate-delivery' as const, version: o.termsVersion, at: o.termsAcceptedAt, order: o.number }]
        : []),
    ]),
  ];
}

export async function staffAccountPage(userId: string, now = currentTime()) {
  const user = await db().user.findFirst({
    where: { id: userId, deletedAt: null },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      login: true,
      phone: true,
      roles: true,
      createdAt: true,
      lastLoginAt: true,
      blockedAt: true,
      disabledAt: true,
      termsVersion: true,
      termsAcceptedAt: true,
      parentId: true,
    },
  });
  if (!user) return null;
  const subject = `u:${user.id}`;
  const [orders, enrolments, owned, adminOf, memberships, children, sessions, throttles, privacyRequests] =
    await Promise.all([
      db().order.findMany({
        where: { userId },
        orderBy: { createdAt: 'desc' },
        select: {
          id: true,
          number: true,
          status: true,
          createdAt: true,
          totalGross: true,
          refundedGross: true,
          currency: true,
          nip: true,
          termsVersion: true,
          termsAcceptedAt: true,
          immediateDeliveryConsent: true,
        },
      }),
      db().enrolment.findMany({
        where: { userId },
        orderBy: { createdAt: 'desc' },
        select: { id: true, status: true, startsAt: true, endsAt: true, course: { select: { title: true } } },
      }),
      db().group.findMany({
        where: { ownerId: userId },
        select: { id: true, companyName: true, course: { select: { title: true } } },
      }),
      db().groupAdmin.findMany({
        where: { userId },
        select: { group: { select: { id: true, companyName: true, course: { select: { title: true } } } } },
      }),
      db().groupParticipant.findMany({
        where: { userId },
        select: {
          deactivatedAt: true,
          group: { select: { id: true, companyName: true, course: { select: { title: true } } } },
        },
      }),
      db().child.findMany({
        where: { parentId: userId },
        orderBy: { createdAt: 'asc' },
        select: { id: true, fullName: true, birthYear: true, user: { select: { id: true, login: true } } },
      }),
      db().authSession.findMany({
        where: { userId },
        orderBy: { createdAt: 'desc' },
        take: SESSIONS_SHOWN,
        select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, ip: true, revokedAt: true },
      }),
      db().loginThrottle.findMany({
        where: { OR: [{ key: `account:${subject}` }, { key: { startsWith: `pair:${subject}:` } }] },
        select: { key: true, failures: true, windowStart: true, lockedUntil: true },
      }),
      db().privacyRequest.findMany({
        where: { userId },
        orderBy: { receivedAt: 'desc' },
        select: { id: true, number: true, kind: true, status: true, receivedAt: true, dueAt: true },
      }),
    ]);
  const lock = throttles
    .filter((t) => t.lockedUntil && t.lockedUntil > now)
    .map((t) => t.lockedUntil!)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  const parent = user.parentId
    ? await db().user.findUnique({
        where: { id: user.parentId },
        select: { id: true, firstName: true, lastName: true },
      })
    : null;
  return {
    user,
    orders,
    enrolments,
    groups: [
      ...owned.map((g) => ({ ...g, as: 'owner' as const })),
      ...adminOf.map((a) => ({ ...a.group, as: 'admin' as const })),
      ...memberships.map((m) => ({
        ...m.group,
        as: m.deactivatedAt ? ('deactivated' as const) : ('participant' as const),
      })),
    ],
    children,
    parent,
    consents: consentsOf(user, [...orders].reverse()),
    sessions: sessions.map((s) => ({ ...s, live: !s.revokedAt })),
    // The account's counter within its window (lib/auth/rate-limit.ts); an older row is stale.
    failedLogins: throttles
      .filter((t) => t.key.startsWith('account:') && now.getTime() - t.windowStart.getTime() < LIMITS.account.windowMs)
      .reduce((sum, t) => sum + t.failures, 0),
    lockedUntil: lock ?? null,
    privacyRequests,
  };
}

export type StaffAccountPage = NonNullable<Awaited<ReturnType<typeof staffAccountPage>>>;
