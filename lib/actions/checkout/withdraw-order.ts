'use server';
// The buyer confirms the withdrawal from the confirmation page; the order page then shows it
// and the refund. Sending it twice is harmless (the withdrawal is found and nothing changes).
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { NotFoundError } from '@/lib/errors';
import { withdrawFromOrder } from '@/lib/settlement/withdrawals';

const schema = z.object({ orderId: z.string().min(1) });

export const withdrawOrder = formAction({ schema, permission: 'orders:buy' }, async (input, { user }) => {
  await withdrawFromOrder(user.id, input.orderId).catch((e) =>
    e instanceof NotFoundError ? notFound() : Promise.reject(e),
  );
  redirect(`/zamowienia/${input.orderId}?odstapiono=1`);
});
