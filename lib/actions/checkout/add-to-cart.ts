'use server';
import { messages } from '@/lib/i18n';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { addToCart as add } from '@/lib/orders/cart';
import { cartOwner, rememberCartToken } from '@/lib/orders/cart-cookie';

export const addToCart = formAction(
  { schema: z.object({ offerId: z.string().min(1, messages().checkout.fields.offer) }), public: true },
  async ({ offerId }) => {
    const { token } = await add(await cartOwner(), offerId);
    await rememberCartToken(token);
    redirect('/koszyk');
  },
);
