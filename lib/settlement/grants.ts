// Enrolments: who may learn which course, from when until when. Granted by a paid order
// (checkout), a group's provisioning or staff; revoked by a refund.
import { currentTime } from '@/lib/clock/clock';
import type { Tx } from '@/lib/db/client';
import type { Sql } from '@/lib/db/sql';
import { newRowId } from '@/lib/db/sql';
import { accessEnd } from '@/lib/learning/access-window';
import { accessEndMonthsSql } from '@/lib/settlement/access-end-sql';

export type GrantInput = {
  userId: string;
  courseId: string;
  accessMonths: number | null; // null = unlimited
  orderItemId?: string;
  groupId?: string;
  now?: Date;
};

type Existing = { status: 'ACTIVE' | 'REVOKED'; endsAt: Date | null } | null;

/**
 * The window a grant gives. Buying a course one already has extends the access (from the
 * later of now and the current end); unlimited access stays unlimited; a revoked enrolment
 * starts again from now.
 */
export function renewedAccess(
  existing: Existing,
  accessMonths: number | null,
  now: Date,
): { endsAt: Date | null; restart: boolean } {
  const active = existing?.status === 'ACTIVE';
  if (active && existing.endsAt === null) return { endsAt: null, restart: false };
  const from = active && existing.endsAt && existing.endsAt > now ? existing.endsAt : now;
  const endsAt = accessMonths === null ? null : accessEnd(from, { kind: 'months', months: accessMonths });
  return { endsAt, restart: !existing || existing.status === 'REVOKED' };
}

/**
 * INSERT of new enrolments from within a payment's statement: `userId` to the course of each row
 * of `items` (OrderItem rows with the course's "accessMonths"), from `now` for its months;
 * `from` ends the SELECT (FROM … WHERE …, with the items as `i`).
 */
export const newEnrolmentsInsert = (a: { userId: string; now: string; from: string }) =>
  `INSERT INTO "Enrolment" ("id", "userId", "courseId", "startsAt", "endsAt", "orderItemId")
   SELECT gen_random_uuid()::text, ${a.userId}, i."courseId", ${a.now}, ${accessEndMonthsSql(a.now, 'i."accessMonths"')}, i."id"
   ${a.from}`;

/** Gives `userId` access to the course (Prisma transaction). */
export async function grantEnrolment(tx: Tx, input: GrantInput) {
  const now = input.now ?? currentTime();
  const existing = await tx.enrolment.findUnique({
    where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
    select: { id: true, endsAt: true, status: true },
  });
  const window = renewedAccess(existing, input.accessMonths, now);
  if (existing) {
    return tx.enrolment.update({
      where: { id: existing.id },
      data: {
        status: 'ACTIVE',
        endsAt: window.endsAt,
        orderItemId: input.orderItemId ?? undefined,
        groupId: input.groupId ?? undefined,
        ...(window.restart ? { startsAt: now } : {}),
      },
      select: { id: true },
    });
  }
  return tx.enrolment.create({
    data: {
      userId: input.userId,
      courseId: input.courseId,
      startsAt: now,
      endsAt: window.endsAt,
      orderItemId: input.orderItemId,
      groupId: input.groupId,
    },
    select: { id: true },
  });
}

/** The same grant inside a plain-SQL transaction (PayU's notification path). */
export async function grantEnrolmentSql(sql: Sql, input: GrantInput): Promise<void> {
  const now = input.now ?? currentTime();
  const { rows } = await sql.query<{ id: string; status: 'ACTIVE' | 'REVOKED'; endsAt: Date | null }>(
    `SELECT "id", "status", "endsAt" FROM "Enrolment" WHERE "userId" = $1 AND "courseId" = $2 FOR UPDATE`,
    [input.userId, input.courseId],
  );
  const existing = rows[0] ?? null;
  const window = renewedAccess(existing, input.accessMonths, now);
  if (existing) {
    await sql.query(
      `UPDATE "Enrolment" SET "status" = 'ACTIVE', "endsAt" = $2,
         "orderItemId" = COALESCE($3, "orderItemId"), "groupId" = COALESCE($4, "groupId"),
         "startsAt" = CASE WHEN $5 THEN $6 ELSE "startsAt" END
       WHERE "id" = $1`,
      [existing.id, window.endsAt, input.orderItemId ?? null, input.groupId ?? null, window.restart, now],
    );
    return;
  }
  await sql.query(
    `INSERT INTO "Enrolment" ("id", "userId", "courseId", "startsAt", "endsAt", "orderItemId", "groupId")
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [newRowId(), input.userId, input.courseId, now, window.endsAt, input.orderItemId ?? null, input.groupId ?? null],
  );
}

/** A refund takes back what the order item granted. Earned certificates are kept. */
export async function revokeEnrolmentsOf(tx: Tx, orderItemId: string): Promise<number> {
  const r = await tx.enrolment.updateMany({ where: { orderItemId, status: 'ACTIVE' }, data: { status: 'REVOKED' } });
  return r.count;
}
