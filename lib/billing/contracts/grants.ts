// What an active contract grants its beneficiary (B4, L8): an enrolment in the offer's course and
// a place in the offer's class group, both carrying the contract's id, so access is also gated
// by the contract's state (lib/billing/access.ts). Written once at activation; a suspension or
// an end changes the contract, not these rows (so paying again restores them, B10). A member of a
// class group is booked on its classes ahead, as staff adding a member does (lib/live/groups/members.ts).
import { randomUUID } from 'node:crypto';
import { queryOf, type Conn } from './conn';

export async function grantContract(
  conn: Conn,
  c: { id: string; beneficiaryId: string; courseId: string | null; liveGroupId: string | null },
  now: Date,
): Promise<void> {
  const q = queryOf(conn);
  if (c.courseId) {
    // An enrolment the person already owns outright (unlimited, not through a contract) stays as it is.
    await q(
      `INSERT INTO "Enrolment" ("id", "userId", "courseId", "startsAt", "endsAt", "contractId")
       VALUES ($1, $2, $3, $4, NULL, $5)
       ON CONFLICT ("userId", "courseId") DO UPDATE
          SET "contractId" = EXCLUDED."contractId", "status" = 'ACTIVE', "endsAt" = NULL,
              "startsAt" = CASE WHEN "Enrolment"."status" = 'REVOKED' OR "Enrolment"."endsAt" <= EXCLUDED."startsAt"
                                THEN EXCLUDED."startsAt" ELSE "Enrolment"."startsAt" END
        WHERE NOT ("Enrolment"."status" = 'ACTIVE' AND "Enrolment"."contractId" IS NULL AND "Enrolment"."endsAt" IS NULL)`,
      [randomUUID(), c.beneficiaryId, c.courseId, now, c.id],
    );
  }
  if (c.liveGroupId) {
    await q(
      `INSERT INTO "LiveGroupMember" ("id", "groupId", "userId", "addedAt", "contractId")
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ("groupId", "userId") DO UPDATE SET "contractId" = EXCLUDED."contractId"`,
      [randomUUID(), c.liveGroupId, c.beneficiaryId, now, c.id],
    );
  }
}

// $1 group  $2 learner  $3 now  $4 booked by. Every class ahead the learner holds no place in: a
// seat where one is free (the conditional UPDATE, as lib/live/bookings/place-at-once.ts), else
// the waiting list; a cancelled place (a suspension) is taken again.
const BOOK_AHEAD = `
WITH ahead AS (
       SELECT s."id" FROM "LiveSession" s
        WHERE s."groupId" = $1 AND s."status" = 'SCHEDULED' AND s."startsAt" > $3
          AND NOT EXISTS (SELECT 1 FROM "LiveBooking" b
                           WHERE b."sessionId" = s."id" AND b."userId" = $2 AND b."status" <> 'CANCELLED')),
     seat AS (
       UPDATE "LiveSession" s SET "taken" = s."taken" + 1, "updatedAt" = $3
         FROM ahead a WHERE s."id" = a."id" AND s."taken" < s."capacity"
       RETURNING s."id"),
     placed AS (
       INSERT INTO "LiveBooking" ("id", "sessionId", "userId", "bookedById", "status", "kind", "charge", "createdAt", "updatedAt")
       SELECT gen_random_uuid()::text, a."id", $2, $4,
              (CASE WHEN a."id" IN (SELECT "id" FROM seat) THEN 'BOOKED' ELSE 'WAITING' END)::"LiveBookingStatus",
              'REGULAR'::"LiveBookingKind", 'free', $3, $3
         FROM ahead a
       ON CONFLICT ("sessionId", "userId") DO UPDATE SET
              "status" = EXCLUDED."status", "kind" = EXCLUDED."kind", "bookedById" = EXCLUDED."bookedById",
              "makeUpForId" = NULL, "charge" = 'free', "queueNo" = nextval('"LiveBooking_queueNo_seq"'),
              "attended" = NULL, "promotedAt" = NULL, "cancelledAt" = NULL, "updatedAt" = EXCLUDED."updatedAt"
        WHERE "LiveBooking"."status" = 'CANCELLED'
       RETURNING "id")
SELECT count(*)::int AS "placed" FROM placed`;

/** Books the beneficiary on the group's classes ahead (activation, and again after a suspension). */
export async function bookGroupAhead(
  conn: Conn,
  c: { beneficiaryId: string; payerId: string; liveGroupId: string | null },
  now: Date,
): Promise<number> {
  if (!c.liveGroupId) return 0;
  const [row] = await queryOf(conn)<{ placed: number }>(BOOK_AHEAD, [c.liveGroupId, c.beneficiaryId, now, c.payerId]);
  return row?.placed ?? 0;
}
