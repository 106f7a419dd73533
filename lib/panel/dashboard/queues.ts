// Every queue staff work through, counted with its oldest item in one statement: each branch runs
// only for a viewer whose roles open the page the queue lives on (the flags), the rest count 0.
import { db } from '@/lib/db/client';

export const QUEUES = [
  'agreements',
  'reports',
  'complaints',
  'discounts',
  'classChanges',
  'ksefRejected',
  'mailFailing',
  // Not queues: the size of what the users' and the courses' pages list.
  'accounts',
  'courses',
] as const;
export type QueueName = (typeof QUEUES)[number];

export type QueueCount = {
  count: number;
  oldest: Date | null;
  /** Complaints only: those past their 14-day answer deadline. */
  late: number;
};

export async function queueCounts(show: Record<QueueName, boolean>, now: Date): Promise<Record<QueueName, QueueCount>> {
  const rows = await db().$queryRaw<({ queue: QueueName } & QueueCount)[]>`
    SELECT 'agreements' AS "queue", (count(*))::int AS "count", min("uploadedAt") AS "oldest", 0 AS "late"
      FROM "GroupAgreement" WHERE ${show.agreements}::boolean AND "status" = 'SUBMITTED'
    UNION ALL
    SELECT 'reports', (count(*))::int, min("builtAt"), 0
      FROM "FinalReport" WHERE ${show.reports}::boolean AND "status" = 'IN_REVIEW'
    UNION ALL
    SELECT 'complaints', (count(*))::int, min("receivedAt"), (count(*) FILTER (WHERE "dueAt" < ${now}))::int
      FROM "Complaint" WHERE ${show.complaints}::boolean AND "answeredAt" IS NULL
    UNION ALL
    -- A contract that never came into force has nothing left to verify (as /panel/rabaty).
    SELECT 'discounts', (count(*))::int, min(d."createdAt"), 0
      FROM "ContractDiscount" d JOIN "Contract" c ON c."id" = d."contractId"
     WHERE ${show.discounts}::boolean AND d."status" = 'PENDING' AND c."status" <> 'VOID'
    UNION ALL
    SELECT 'classChanges', (count(*))::int, min("classChangeAt"), 0
      FROM "Child" WHERE ${show.classChanges}::boolean AND "classChangeStatus" = 'PENDING'
    UNION ALL
    -- Nothing else touches a rejected document until staff resend it: updatedAt is its rejection.
    SELECT 'ksefRejected', (count(*))::int, min("updatedAt"), 0
      FROM "KsefDocument" WHERE ${show.ksefRejected}::boolean AND "status" = 'REJECTED'
    UNION ALL
    -- A delivery that threw keeps its error and stays QUEUED for the sweeper (lib/mail/transport.ts).
    SELECT 'mailFailing', (count(*))::int, min("createdAt"), 0
      FROM "EmailMessage"
     WHERE ${show.mailFailing}::boolean AND ("status" = 'FAILED' OR ("status" = 'QUEUED' AND "lastError" IS NOT NULL))
    UNION ALL
    SELECT 'accounts', (count(*))::int, NULL, 0 FROM "User" WHERE ${show.accounts}::boolean
    UNION ALL
    SELECT 'courses', (count(*))::int, NULL, 0 FROM "Course" WHERE ${show.courses}::boolean`;
  const out = {} as Record<QueueName, QueueCount>;
  for (const r of rows) out[r.queue] = { count: r.count, oldest: r.oldest, late: Number(r.late) };
  return out;
}
