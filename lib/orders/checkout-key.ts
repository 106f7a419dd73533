// A checkout key (the form's idempotency key) belongs to the person whose order it made: the same
// form sent twice continues that order, and someone else's key is refused, never retried.
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';

/** The caller's own order made with `checkoutKey` (null when none); another person's is a UserError. */
export async function orderOfCheckoutKey(checkoutKey: string, userId: string) {
  const order = await db().order.findUnique({
    where: { checkoutKey },
    select: { id: true, status: true, userId: true },
  });
  if (!order) return null;
  if (order.userId !== userId) throw new UserError('checkout.errors.checkoutKeyTaken');
  return { id: order.id, status: order.status };
}
