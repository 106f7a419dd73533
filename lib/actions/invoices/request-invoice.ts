'use server';
// "Poproś o fakturę" on the order page: the consumer's address, checked per country; the service
// refuses after the art. 106b ust. 3 period with a message saying why.
import { notFound } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { NotFoundError } from '@/lib/errors';
import { addressFields, checkAddress } from '@/lib/invoices/address-schema';
import { requestInvoice as request } from '@/lib/invoices/invoice-request';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';

const schema = perLocale((_, locale) =>
  z
    .object({ orderId: z.string().min(1), ...addressFields('', locale) })
    .transform((v, ctx) => ({ orderId: v.orderId, address: checkAddress(v, ctx, '', locale) ?? z.NEVER })),
);

export const requestInvoice = formAction({ schema, permission: 'orders:read-own' }, async (input, { user, locale }) => {
  await request(user.id, input.orderId, input.address).catch((e) =>
    e instanceof NotFoundError ? notFound() : Promise.reject(e),
  );
  revalidatePath(`/zamowienia/${input.orderId}`);
  return { ok: true, message: messages(locale).invoices.request.done };
});
