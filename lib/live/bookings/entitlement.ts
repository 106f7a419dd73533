// Who may book a session, one check per kind of session: members of a MEMBERS group, learners
// with an active enrolment in the course of an OPEN group or an individual slot. Extra checks
// (#19: the learner's contract is not suspended) are appended to EXTRA_CHECKS, run for every kind.
import type { Tx } from '@/lib/db/client';
import type { MessageCode } from '@/lib/i18n';

export type BookableSession = {
  id: string;
  groupId: string | null;
  courseId: string | null;
  group: { bookingMode: 'MEMBERS' | 'OPEN'; courseId: string | null } | null;
};

/** null = entitled, else the refusal's code. */
export type EntitlementCheck = (
  tx: Tx,
  learnerId: string,
  s: BookableSession,
  now: Date,
) => Promise<MessageCode | null>;

async function hasActiveEnrolment(tx: Tx, learnerId: string, courseId: string | null, now: Date) {
  if (!courseId) return false;
  const e = await tx.enrolment.findFirst({
    where: {
      userId: learnerId,
      courseId,
      status: 'ACTIVE',
      startsAt: { lte: now },
      OR: [{ endsAt: null }, { endsAt: { gt: now } }],
    },
    select: { id: true },
  });
  return e !== null;
}

const members: EntitlementCheck = async (tx, learnerId, s) => {
  const m = await tx.liveGroupMember.findFirst({
    where: { groupId: s.groupId!, userId: learnerId },
    select: { id: true },
  });
  return m ? null : 'liveEngine.notEntitledMembers';
};

const open: EntitlementCheck = async (tx, learnerId, s, now) =>
  (await hasActiveEnrolment(tx, learnerId, s.group?.courseId ?? null, now)) ? null : 'liveEngine.notEntitledCourse';

const slot: EntitlementCheck = async (tx, learnerId, s, now) =>
  (await hasActiveEnrolment(tx, learnerId, s.courseId, now)) ? null : 'liveEngine.notEntitledCourse';

export const ENTITLEMENT_CHECKS = { MEMBERS: members, OPEN: open, SLOT: slot } satisfies Record<
  string,
  EntitlementCheck
>;

/** Checks every kind of session must pass, e.g. "the contract is not suspended" once #19 lands. */
export const EXTRA_CHECKS: EntitlementCheck[] = [];

export async function entitlementRefusal(
  tx: Tx,
  learnerId: string,
  s: BookableSession,
  now: Date,
): Promise<MessageCode | null> {
  const kind = s.group ? s.group.bookingMode : 'SLOT';
  const refusal = await ENTITLEMENT_CHECKS[kind](tx, learnerId, s, now);
  if (refusal) return refusal;
  for (const check of EXTRA_CHECKS) {
    const r = await check(tx, learnerId, s, now);
    if (r) return r;
  }
  return null;
}
