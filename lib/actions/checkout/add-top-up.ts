'use server';
// "Dokup miejsca": a top-up of seats for the buyer's own group goes into the cart like a package.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { addTopUpToCart } from '@/lib/orders/cart';
import { cartOwner, rememberCartToken } from '@/lib/orders/cart-cookie';

const schema = perLocale((m) =>
  z.object({
    groupId: z.string().min(1),
    seats: z.coerce.number({ error: m.checkout.fields.quantityInteger }).int(m.checkout.fields.quantityInteger),
  }),
);

export const addTopUp = formAction({ schema, permission: 'orders:buy' }, async ({ groupId, seats }, { user }) => {
  const owner = await cartOwner();
  const { token } = await addTopUpToCart({ ...owner, userId: user.id }, groupId, seats);
  await rememberCartToken(token);
  redirect('/koszyk');
});
