'use server';
import { perLocale } from '@/lib/i18n/per-locale';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { addToCart as add } from '@/lib/orders/cart';
import { cartOwner, rememberCartToken } from '@/lib/orders/cart-cookie';

export const addToCart = formAction(
  { schema: perLocale((m) => z.object({ offerId: z.string().min(1, m.checkout.fields.offer) })), public: true },
  async ({ offerId }) => {
    const { token } = await add(await cartOwner(), offerId);
    await rememberCartToken(token);
    redirect('/koszyk');
  },
);
