'use server';
import { messages } from '@/lib/i18n';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { removeFromCart, setCartQuantity } from '@/lib/orders/cart';
import { cartOwner } from '@/lib/orders/cart-cookie';

const schema = perLocale((m) =>
  z.object({
    itemId: z.string().min(1),
    intent: z.enum(['quantity', 'remove']),
    quantity: z.coerce.number().int(m.checkout.fields.quantityInteger).optional(),
  }),
);

export const updateCart = formAction({ schema, public: true }, async ({ itemId, intent, quantity }, { locale }) => {
  const owner = await cartOwner();
  if (intent === 'remove') await removeFromCart(owner, itemId);
  else await setCartQuantity(owner, itemId, quantity ?? 1);
  revalidatePath('/koszyk');
  return {
    ok: true,
    message:
      intent === 'remove' ? messages(locale).checkout.removedFromCart : messages(locale).checkout.quantityChanged,
  };
});
