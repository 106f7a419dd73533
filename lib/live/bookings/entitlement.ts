// Who may book a session, one rule per kind of session: members of a MEMBERS group, learners with
// an active enrolment in the course of an OPEN group or of an individual slot. The facts the rules
// need come with the session in ONE statement (bookingFacts: through Prisma's nested select the
// same read took several queries in an implicit transaction and cut bench/booking from ~0.2 to
// 0.06 of the bare-UPDATE floor); checks that need more (#19: "the learner's contract is not
// suspended") go in EXTRA_CHECKS.
import type { Tx } from '@/lib/db/client';
import type { MessageCode } from '@/lib/i18n';
import { contractBookingRefusal } from '@/lib/billing/booking-check';

export type BookableSession = {
  id: string;
  groupId: string | null;
  startsAt: Date;
  status: 'SCHEDULED' | 'CANCELLED';
  bookingMode: 'MEMBERS' | 'OPEN' | null; // null: an individual slot
  programme: string | null;
  groupCancelled: boolean;
  /** The learner is a member of the session's group. */
  isMember: boolean;
  /** The learner has an active enrolment in the group's (or the slot's) course. */
  enrolled: boolean;
};

/** The session and the learner's facts, or null for an unknown session. */
export async function bookingFacts(
  tx: Tx,
  sessionId: string,
  learnerId: string,
  now: Date,
): Promise<BookableSession | null> {
  const rows = await tx.$queryRaw<BookableSession[]>`
    SELECT s."id", s."groupId", s."startsAt", s."status"::text AS "status",
           g."bookingMode"::text AS "bookingMode", g."programme", (g."cancelledAt" IS NOT NULL) AS "groupCancelled",
           EXISTS (SELECT 1 FROM "LiveGroupMember" m WHERE m."groupId" = s."groupId" AND m."userId" = ${learnerId}) AS "isMember",
           EXISTS (SELECT 1 FROM "Enrolment" e
                    WHERE e."userId" = ${learnerId} AND e."courseId" = COALESCE(g."courseId", s."courseId")
                      AND e."status" = 'ACTIVE' AND e."startsAt" <= ${now}
                      AND (e."endsAt" IS NULL OR e."endsAt" > ${now})) AS "enrolled"
      FROM "LiveSession" s LEFT JOIN "LiveGroup" g ON g."id" = s."groupId"
     WHERE s."id" = ${sessionId}`;
  return rows[0] ?? null;
}

/** null = entitled, else the refusal's code. */
export type EntitlementRule = (s: BookableSession) => MessageCode | null;

export const ENTITLEMENT_RULES = {
  MEMBERS: (s) => (s.isMember ? null : 'liveEngine.notEntitledMembers'),
  OPEN: (s) => (s.enrolled ? null : 'liveEngine.notEntitledCourse'),
  SLOT: (s) => (s.enrolled ? null : 'liveEngine.notEntitledCourse'),
} satisfies Record<string, EntitlementRule>;

export type EntitlementCheck = (
  tx: Tx,
  learnerId: string,
  s: BookableSession,
  now: Date,
) => Promise<MessageCode | null>;

/** Checks every kind of session must pass, e.g. "the contract is not suspended" once #19 lands. */
export const EXTRA_CHECKS: EntitlementCheck[] = [contractBookingRefusal];

export async function entitlementRefusal(
  tx: Tx,
  learnerId: string,
  s: BookableSession,
  now: Date,
): Promise<MessageCode | null> {
  const refusal = ENTITLEMENT_RULES[s.bookingMode ?? 'SLOT'](s);
  if (refusal) return refusal;
  for (const check of EXTRA_CHECKS) {
    const r = await check(tx, learnerId, s, now);
    if (r) return r;
  }
  return null;
}
