// What the daily run does once its steps are committed: the outbox rows go to delivery, stored
// cards are charged by the payments' job (never inside the run's transaction: PayU is an outside
// system), and beneficiaries who lost access lose their future live bookings (B9, L6).
import { db } from '@/lib/db/client';
import { dispatchEmails, enqueueMany } from '@/lib/jobs/queues';
import { cancelFutureBookings } from '@/lib/live/bookings/end-entitlement';

export type LostAccess = { contractId: string; beneficiaryId: string; offerId: string };

/** The course whose bookings a contract's offer grants (its own, or its class group's). */
async function offerCourses(offerIds: string[]): Promise<Map<string, string | null>> {
  if (offerIds.length === 0) return new Map();
  const offers = await db().billingOffer.findMany({
    where: { id: { in: offerIds } },
    select: { id: true, courseId: true, liveGroupId: true },
  });
  const groupIds = offers.flatMap((o) => (o.liveGroupId ? [o.liveGroupId] : []));
  const groups = await db().liveGroup.findMany({
    where: { id: { in: groupIds } },
    select: { id: true, courseId: true },
  });
  const groupCourse = new Map(groups.map((g) => [g.id, g.courseId]));
  return new Map(
    offers.map((o) => [o.id, o.courseId ?? (o.liveGroupId ? (groupCourse.get(o.liveGroupId) ?? null) : null)]),
  );
}

export async function afterBillingRun(a: {
  emailIds: string[];
  lostAccess: LostAccess[];
  cardCharges: { chargeId: string; step: string }[];
  now: Date;
}): Promise<void> {
  await dispatchEmails(a.emailIds);
  // A lost request is not retried here: the next reminder offset asks again (its own step).
  await enqueueMany(
    'billing.card-charge',
    a.cardCharges.map((c) => ({ data: { chargeId: c.chargeId }, singletonKey: `${c.chargeId}:${c.step}` })),
  ).catch((e) => console.error('[billing] card charges not enqueued:', e instanceof Error ? e.message : e));
  // Most who lose access have nothing booked: one query finds those who do.
  const booked = await db().liveBooking.findMany({
    where: {
      userId: { in: [...new Set(a.lostAccess.map((l) => l.beneficiaryId))] },
      status: { in: ['BOOKED', 'WAITING'] },
      session: { startsAt: { gt: a.now } },
    },
    select: { userId: true },
    distinct: ['userId'],
  });
  const withBookings = new Set(booked.map((b) => b.userId));
  const affected = a.lostAccess.filter((l) => withBookings.has(l.beneficiaryId));
  const courses = await offerCourses([...new Set(affected.map((l) => l.offerId))]);
  const granted = await grantedCourses(affected.map((l) => l.contractId));
  for (const l of affected) {
    const courseId = courses.get(l.offerId) ?? undefined;
    if (!courseId) {
      await cancelFutureBookings(l.beneficiaryId, {}, a.now);
      continue;
    }
    // The offer's course and any other the contract grants (a language school's next levels).
    for (const id of new Set([courseId, ...(granted.get(l.contractId) ?? [])]))
      await cancelFutureBookings(l.beneficiaryId, { courseId: id }, a.now);
  }
}

/** Per contract, the courses of the enrolments it grants (besides its offer's own). */
async function grantedCourses(contractIds: string[]): Promise<Map<string, string[]>> {
  if (contractIds.length === 0) return new Map();
  const rows = await db().enrolment.findMany({
    where: { contractId: { in: contractIds } },
    select: { contractId: true, courseId: true },
  });
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.contractId!, [...(out.get(r.contractId!) ?? []), r.courseId]);
  return out;
}
