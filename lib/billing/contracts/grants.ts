// What an active contract grants its beneficiary (B4, L8): an enrolment in the offer's course and
// a place in the offer's class group, both carrying the contract's id, so access is also gated
// by the contract's state (lib/billing/access.ts). Written once at activation; a suspension or
// an end changes the contract, not these rows (so paying again restores them, B10).
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
