'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/action';
import { clientIp } from '@/lib/http/client-ip';
import { placeFamilyOrder as place } from '@/lib/families/family-order';
import { choicesFromForm } from '@/lib/families/choices';
import { familyOrderSchema } from '@/lib/families/schemas';
import { currentTime } from '@/lib/clock/clock';

// Prices never come from the form: only the choice per child does; the server prices it. The
// buyer's address (and Premium's shipping address) is checked by the schema, beside each field.
export const placeFamilyOrder = formAction(
  { schema: familyOrderSchema, permission: 'families:manage-own' },
  async (input, { user }) => {
    const { redirectUri } = await place(
      user,
      choicesFromForm(input),
      input.payMethod,
      input.checkoutKey,
      clientIp(await headers()),
      currentTime(),
      input.address,
    );
    redirect(redirectUri);
  },
);
