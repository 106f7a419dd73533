// What /matematyka-live shows: each Live group on sale (an active 'live' offer on a group not
// cancelled) with its day, time, teacher, seats left, the next four classes (the first Abonament
// signing today would buy, as buildSchedule counts it) and the period's price; and whom a
// signed-in parent may buy for.
import type { CurrentUser } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { listChildren } from '@/lib/families/children';
import { seatsLeft } from './seats';

export { LIVE_MATHS_PATH } from './paths';
export const LIVE_PRODUCT = 'live';

export type LiveGroupOffer = Awaited<ReturnType<typeof liveMathsPage>>['groups'][number];

export async function liveMathsPage(viewer: CurrentUser | null, now = currentTime()) {
  const offers = await db().billingOffer.findMany({
    where: { product: LIVE_PRODUCT, active: true, planKind: 'SESSIONS', liveGroupId: { not: null } },
    select: { slug: true, title: true, amount: true, currency: true, periodSessions: true, liveGroupId: true },
    orderBy: { title: 'asc' },
  });
  const groupIds = offers.map((o) => o.liveGroupId!);
  const [groups, seats] = await Promise.all([
    db().liveGroup.findMany({
      where: { id: { in: groupIds }, cancelledAt: null },
      select: {
        id: true,
        title: true,
        programme: true,
        weekday: true,
        startTime: true,
        durationMinutes: true,
        records: true,
        teacher: { select: { firstName: true, lastName: true } },
        sessions: {
          where: { status: 'SCHEDULED', startsAt: { gt: now } },
          orderBy: { startsAt: 'asc' },
          take: 4,
          select: { startsAt: true },
        },
      },
    }),
    seatsLeft(groupIds, now),
  ]);
  const byId = new Map(groups.map((g) => [g.id, g]));
  const rows = offers.flatMap((o) => {
    const g = byId.get(o.liveGroupId!);
    // A group with fewer classes ahead than one period cannot be sold a whole Abonament.
    if (!g || g.sessions.length < (o.periodSessions ?? 4)) return [];
    return [
      {
        slug: o.slug,
        title: g.title,
        programme: g.programme,
        weekday: g.weekday,
        startTime: g.startTime,
        durationMinutes: g.durationMinutes,
        records: g.records,
        teacher: `${g.teacher.firstName} ${g.teacher.lastName}`,
        seatsLeft: seats.get(g.id) ?? 0,
        next: g.sessions.map((s) => s.startsAt),
        amount: o.amount,
        currency: o.currency,
      },
    ];
  });
  const parent = viewer?.roles.includes('PARENT') ?? false;
  const children = parent && viewer ? await listChildren(viewer.id) : [];
  return {
    groups: rows,
    viewer: viewer ? { name: `${viewer.firstName} ${viewer.lastName}`, email: viewer.email ?? '' } : null,
    childOptions: children.map((c) => ({ id: c.id, name: c.fullName, birthYear: c.birthYear })),
  };
}
