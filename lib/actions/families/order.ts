'use server';
import { messages } from '@/lib/i18n';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { clientIp } from '@/lib/http/client-ip';
import { PAY_METHODS } from '@/lib/orders/checkout-schema';
import { placeFamilyOrder as place } from '@/lib/families/family-order';
import { choicesFromForm } from '@/lib/families/choices';

// Prices never come from the form: only the choice per child does; the server prices it.
const schema = z
  .object({
    checkoutKey: z.string().min(16).max(64),
    payMethod: z.enum(PAY_METHODS, { error: messages().checkout.fields.payMethod }),
    terms: z.literal('on', { error: messages().families.fields.orderTerms }),
  })
  .catchall(z.union([z.string(), z.array(z.string())]));

export const placeFamilyOrder = formAction({ schema, permission: 'families:manage-own' }, async (input, { user }) => {
  const { redirectUri } = await place(
    user,
    choicesFromForm(input),
    input.payMethod,
    input.checkoutKey,
    clientIp(await headers()),
  );
  redirect(redirectUri);
});
