// L4: a Live group is never sold above its capacity (12) counting make-ups: the seats a group
// still sells are its capacity less the fullest class ahead (members' and make-up places) or its
// members, whichever is more, less the orders signed and not yet paid (their seat is held).
import type { Tx } from '@/lib/db/client';
import { db } from '@/lib/db/client';

type Row = { id: string; left: number };

async function read(q: Pick<Tx, '$queryRaw'>, ids: string[], now: Date): Promise<Map<string, number>> {
  const rows = await q.$queryRaw<Row[]>`
    SELECT g."id",
           (g."capacity"
            - GREATEST(
                coalesce((SELECT max(s."taken") FROM "LiveSession" s
                           WHERE s."groupId" = g."id" AND s."status" = 'SCHEDULED' AND s."startsAt" > ${now}), 0),
                (SELECT count(*) FROM "LiveGroupMember" m WHERE m."groupId" = g."id"))
            - (SELECT count(*) FROM "Contract" k JOIN "BillingOffer" o ON o."id" = k."offerId"
                WHERE o."liveGroupId" = g."id" AND k."status" = 'PENDING'))::int AS "left"
      FROM "LiveGroup" g WHERE g."id" = ANY(${ids}::text[])`;
  return new Map(rows.map((r) => [r.id, Math.max(0, r.left)]));
}

export const seatsLeft = (ids: string[], now: Date) => read(db(), ids, now);

/** Inside the purchase: the group's row locked first, so two last-seat orders are decided one after the other. */
export async function lockedSeatsLeft(tx: Tx, groupId: string, now: Date): Promise<number> {
  await tx.$queryRaw`SELECT 1 FROM "LiveGroup" WHERE "id" = ${groupId} FOR NO KEY UPDATE`;
  return (await read(tx, [groupId], now)).get(groupId) ?? 0;
}
