'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { clientIp } from '@/lib/http/client-ip';
import { PAY_METHODS } from '@/lib/orders/checkout-schema';
import { startPaymentAttempt } from '@/lib/orders/payment-attempt';

const schema = perLocale((m) =>
  z.object({
    orderId: z.string().min(1),
    payMethod: z.enum(PAY_METHODS, { error: m.checkout.fields.payMethod }),
  }),
);

export const retryPayment = formAction(
  { schema, permission: 'orders:buy' },
  async ({ orderId, payMethod }, { user }) => {
    // startPaymentAttempt reads the order with the user in its where clause: someone else's is "not found".
    redirect(await startPaymentAttempt(orderId, user.id, payMethod, clientIp(await headers())));
  },
);
