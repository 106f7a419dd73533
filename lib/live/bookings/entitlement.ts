// Who may book a session, one rule per kind of session: members of a MEMBERS group, learners with
// an active enrolment in the course of an OPEN group or of an individual slot — and, when that
// membership or enrolment came with a contract, only while the contract grants access (#19,
// contract-gate.ts). The conditions are SQL (MEMBER_SQL, ENROLMENT_SQL) shared by the
// one-statement booking (place-at-once.ts) and bookingFacts, which reads them as facts to say why
// a booking is refused; checks that need more go in EXTRA_CHECKS. An on-line course's
// consultations are also bounded by its consultationMonths (O2, rules/consultation-window.ts).
import type { Tx } from '@/lib/db/client';
import type { MessageCode } from '@/lib/i18n';
import { accessEndMonthsSql } from '@/lib/settlement/access-end-sql';
import { contractAllows, warsawDay } from './contract-gate';

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
  /** ... and the membership's contract (if any) grants access. */
  memberAllowed: boolean;
  /** The learner has an active enrolment in the group's (or the slot's) course. */
  enrolled: boolean;
  /** ... and one such enrolment's contract (if any) grants access. */
  enrolmentAllowed: boolean;
  /** ... and the session starts within that enrolment's consultation window (if the course has one). */
  inConsultationWindow: boolean;
};

/**
 * SQL: learner `learner` is a member of group `group` (SQL expressions); with `today`, only
 * through a membership whose contract grants access.
 */
export const MEMBER_SQL = (group: string, learner: string, today?: string): string =>
  `EXISTS (SELECT 1 FROM "LiveGroupMember" m WHERE m."groupId" = ${group} AND m."userId" = ${learner}${
    today ? ` AND ${contractAllows('m', today)}` : ''
  })`;

/**
 * SQL: the session starting at `sessionStart` lies within the consultation window of enrolment
 * `e` — its course has no consultationMonths, or the session starts before enrolment start + that
 * many months (consultationBookable; pinned to it by tests/integration/online-course.test.ts).
 */
const CONSULTATION_WINDOW_SQL = (sessionStart: string): string =>
  `NOT EXISTS (SELECT 1 FROM "Course" cw WHERE cw."id" = e."courseId" AND cw."consultationMonths" IS NOT NULL
                 AND ${sessionStart} >= ${accessEndMonthsSql('e."startsAt"', 'cw."consultationMonths"')})`;

/**
 * SQL: an enrolment of `learner` in `course` active at `now`; with `today`, one whose contract
 * grants access and whose consultation window holds the session (`sessionStart`: both statements
 * using this name their session row `s`); `consultation: false` leaves the window out (for the facts).
 */
export const ENROLMENT_SQL = (
  course: string,
  learner: string,
  now: string,
  today?: string,
  { consultation = true, sessionStart = 's."startsAt"' }: { consultation?: boolean; sessionStart?: string } = {},
): string =>
  `EXISTS (SELECT 1 FROM "Enrolment" e
            WHERE e."userId" = ${learner} AND e."courseId" = ${course} AND e."status" = 'ACTIVE'
              AND e."startsAt" <= ${now} AND (e."endsAt" IS NULL OR e."endsAt" > ${now})${
                today ? ` AND ${contractAllows('e', today)}` : ''
              }${today && consultation ? ` AND ${CONSULTATION_WINDOW_SQL(sessionStart)}` : ''})`;

// $1 session  $2 learner  $3 now
const FACTS = `
SELECT s."id", s."groupId", s."startsAt", s."status"::text AS "status",
       g."bookingMode"::text AS "bookingMode", g."programme", (g."cancelledAt" IS NOT NULL) AS "groupCancelled",
       ${MEMBER_SQL('s."groupId"', '$2')} AS "isMember",
       ${MEMBER_SQL('s."groupId"', '$2', warsawDay('$3'))} AS "memberAllowed",
       ${ENROLMENT_SQL('COALESCE(g."courseId", s."courseId")', '$2', '$3')} AS "enrolled",
       ${ENROLMENT_SQL('COALESCE(g."courseId", s."courseId")', '$2', '$3', warsawDay('$3'), { consultation: false })} AS "enrolmentAllowed",
       ${ENROLMENT_SQL('COALESCE(g."courseId", s."courseId")', '$2', '$3', warsawDay('$3'))} AS "inConsultationWindow"
  FROM "LiveSession" s LEFT JOIN "LiveGroup" g ON g."id" = s."groupId"
 WHERE s."id" = $1`;

/** The session and the learner's facts, or null for an unknown session. */
export async function bookingFacts(
  tx: Tx,
  sessionId: string,
  learnerId: string,
  now: Date,
): Promise<BookableSession | null> {
  const rows = await tx.$queryRawUnsafe<BookableSession[]>(FACTS, sessionId, learnerId, now);
  return rows[0] ?? null;
}

/** null = entitled, else the refusal's code. */
export type EntitlementRule = (s: BookableSession) => MessageCode | null;

const enrolmentRule: EntitlementRule = (s) =>
  !s.enrolled
    ? 'liveEngine.notEntitledCourse'
    : !s.enrolmentAllowed
      ? 'liveEngine.contractSuspended'
      : !s.inConsultationWindow
        ? 'liveEngine.consultationWindowClosed'
        : null;

export const ENTITLEMENT_RULES: Record<'MEMBERS' | 'OPEN' | 'SLOT', EntitlementRule> = {
  MEMBERS: (s) =>
    !s.isMember ? 'liveEngine.notEntitledMembers' : !s.memberAllowed ? 'liveEngine.contractSuspended' : null,
  OPEN: enrolmentRule,
  SLOT: enrolmentRule,
};

export type EntitlementCheck = (
  tx: Tx,
  learnerId: string,
  s: BookableSession,
  now: Date,
) => Promise<MessageCode | null>;

/**
 * Checks every kind of session must pass on top of the rules (none today: the contract gate is in
 * the rules' SQL). While this is not empty, bookSession reads the facts and runs them before the
 * one-statement booking.
 */
export const EXTRA_CHECKS: EntitlementCheck[] = [];

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
