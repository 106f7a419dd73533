// Booking a class needs the contract behind the entitlement to grant access (B8: suspended →
// no booking; B11; L6): a group place or an enrolment that came from a contract counts only while
// the contract does (lib/billing/access.ts). Plugged into the live area's EXTRA_CHECKS.
import type { Tx } from '@/lib/db/client';
import type { MessageCode } from '@/lib/i18n';
import { warsawToday } from '@/lib/billing/rules/days';
import { CONTRACT_ACCESS_SQL } from './access';

type Session = { groupId: string | null; bookingMode: 'MEMBERS' | 'OPEN' | null };

const HELD = `
SELECT EXISTS (SELECT 1 FROM "LiveGroupMember" m JOIN "Contract" k ON k."id" = m."contractId"
                WHERE $3::text = 'MEMBERS' AND m."groupId" = $2 AND m."userId" = $1 AND NOT ${CONTRACT_ACCESS_SQL('k', '$4')})
    OR EXISTS (SELECT 1 FROM "Enrolment" e JOIN "Contract" k ON k."id" = e."contractId"
                 LEFT JOIN "LiveGroup" g ON g."id" = $2
                 JOIN "LiveSession" s ON s."id" = $5
                WHERE $3::text <> 'MEMBERS' AND e."userId" = $1 AND e."courseId" = COALESCE(g."courseId", s."courseId")
                  AND NOT ${CONTRACT_ACCESS_SQL('k', '$4')}) AS "held"`;

/** The refusal when the learner's entitlement to this session rests on a contract that does not grant access. */
export async function contractBookingRefusal(
  tx: Tx,
  learnerId: string,
  s: Session & { id: string },
  now: Date,
): Promise<MessageCode | null> {
  const rows = await tx.$queryRawUnsafe<{ held: boolean }[]>(
    HELD,
    learnerId,
    s.groupId,
    s.bookingMode ?? 'SLOT',
    warsawToday(now),
    s.id,
  );
  return rows[0]?.held ? 'billing.errors.contractNoAccess' : null;
}
