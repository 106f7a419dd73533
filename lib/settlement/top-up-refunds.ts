// A refund of a top-up (OrderItem.topUpGroupId) takes back the seats it added to the group, and
// only seats still free: staff are refused before PayU is asked when participants hold them.
// A refund that does not happen (refused, cancelled) gives the seats back.
import type { Tx } from '@/lib/db/client';
import { UserError } from '@/lib/errors';

const LIVE = ['PENDING', 'FINALIZED'] as const;

type TopUp = { id: string; groupId: string; seats: number };

/** The items' top-ups still holding seats: each target exists (a gone one made a group of its own). */
async function topUpsOf(tx: Tx, orderId: string, itemIds: string[], exceptRefundId: string | null): Promise<TopUp[]> {
  if (itemIds.length === 0) return [];
  const items = await tx.orderItem.findMany({
    where: { id: { in: itemIds }, orderId, topUpGroupId: { not: null }, group: null },
    select: { id: true, topUpGroupId: true, seats: true, quantity: true },
    orderBy: { id: 'asc' },
  });
  if (items.length === 0) return [];
  // Seats another live refund of the order already took back are not taken (or given) twice.
  const others = await tx.refund.findMany({
    where: {
      orderId,
      status: { in: [...LIVE] },
      ...(exceptRefundId ? { id: { not: exceptRefundId } } : {}),
    },
    select: { itemIds: true },
  });
  const held = new Set(others.flatMap((r) => r.itemIds));
  return items
    .filter((i) => !held.has(i.id))
    .map((i) => ({ id: i.id, groupId: i.topUpGroupId!, seats: i.seats * i.quantity }));
}

/** Under the group's row lock: the seats come off, or the whole refund is refused, nothing written. */
export async function takeBackTopUpSeats(tx: Tx, orderId: string, itemIds: string[]): Promise<void> {
  for (const t of await topUpsOf(tx, orderId, itemIds, null)) {
    const rows = await tx.$queryRaw<{ seats: number; seatsUsed: number }[]>`
      SELECT "seats", "seatsUsed" FROM "Group" WHERE "id" = ${t.groupId} FOR UPDATE`;
    const g = rows[0];
    if (!g) continue;
    const free = Math.max(0, g.seats - g.seatsUsed);
    if (free < t.seats) {
      throw new UserError({ code: 'checkout.errors.refundTopUpSeatsUsed', params: [t.seats, free] });
    }
    await tx.group.update({ where: { id: t.groupId }, data: { seats: { decrement: t.seats } } });
  }
}

/** The refund `refundId` will not happen: the seats it took come back to the group. */
export async function giveBackTopUpSeats(tx: Tx, orderId: string, refundId: string, itemIds: string[]): Promise<void> {
  for (const t of await topUpsOf(tx, orderId, itemIds, refundId)) {
    await tx.group.update({ where: { id: t.groupId }, data: { seats: { increment: t.seats } } });
  }
}
