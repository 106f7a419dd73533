// What the buyer's order page shows: the order with its refunds, and what the withdrawal rule
// allows for it now (lib/settlement/withdrawals.ts).
import { currentTime } from '@/lib/clock/clock';
import { getMyOrder } from '@/lib/orders/queries';
import { orderWithdrawalView } from '@/lib/settlement/withdrawals';

export async function loadMyOrderPage(userId: string, orderId: string, now = currentTime()) {
  const order = await getMyOrder(userId, orderId); // someone else's order is simply not found
  if (!order) return null;
  const withdrawal = await orderWithdrawalView(userId, orderId, now);
  return { order, withdrawal: withdrawal ?? { state: 'none' as const } };
}

export type MyOrderPage = NonNullable<Awaited<ReturnType<typeof loadMyOrderPage>>>;
