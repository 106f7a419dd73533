'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/action';
import { clientIp } from '@/lib/http/client-ip';
import { checkoutSchemaFor } from '@/lib/orders/checkout-schema';
import { cartOwner } from '@/lib/orders/cart-cookie';
import { placeOrder as place } from '@/lib/orders/place-order';

export const placeOrder = formAction(
  { schema: checkoutSchemaFor, permission: 'orders:buy' },
  async (input, { user }) => {
    const { redirectUri } = await place(user, await cartOwner(), input, clientIp(await headers()));
    redirect(redirectUri);
  },
);
