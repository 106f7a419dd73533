'use server';
// Staff at a centre's desk take cash or a card for one open charge: booked once, with a receipt;
// back on the desk page with the search kept and the receipt shown.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { parseZloty } from '@/lib/format/money';
import { bookDeskPayment } from '@/lib/centres/desk/book';
import { DESK_PATH } from '@/lib/centres/paths';

const schema = perLocale((m) => {
  const t = m.centresDesk.errors;
  return z.object({
    chargeId: z.string({ error: t.chargeMissing }).min(1, t.chargeMissing).max(64),
    method: z.enum(['CASH', 'CARD'], { error: t.methodMissing }),
    amount: z
      .string()
      .transform((v) => parseZloty(v))
      .refine((v): v is number => v !== null && v > 0, t.amountInvalid),
    q: z.string().max(100).default(''),
  });
});

export const bookDeskPaymentAction = formAction({ permission: 'centres:desk', schema }, async (input, { user }) => {
  const r = await bookDeskPayment({
    chargeId: input.chargeId,
    method: input.method,
    amount: input.amount as number,
    bookedById: user.id,
  });
  redirect(`${DESK_PATH}?${new URLSearchParams({ q: input.q, paragon: r.receiptId })}`);
});
