'use server';
import { messages } from '@/lib/i18n';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { refundOrder as refund } from '@/lib/settlement/refunds';
import { formatMoney, parseZloty } from '@/lib/format/money';

const schema = perLocale((m) =>
  z.object({
    orderId: z.string().min(1),
    amount: z
      .string()
      .trim()
      .refine((v) => parseZloty(v) !== null, m.checkout.fields.refundAmount),
    description: z.string().trim().min(3, m.checkout.fields.refundReason).max(200),
    items: z.union([z.string(), z.array(z.string())]).optional(),
    // The form's second step: staff saw the amount and what happens to access.
    confirmed: z.literal('yes'),
    // Drawn when staff reach the confirmation: a double click or a resent form is the same refund.
    refundKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/),
  }),
);

export const refundOrder = formAction({ schema, permission: 'orders:refund' }, async (input, { user, locale }) => {
  const amount = parseZloty(input.amount)!;
  const itemIds = input.items === undefined ? [] : Array.isArray(input.items) ? input.items : [input.items];
  const done = await refund({
    orderId: input.orderId,
    amount,
    itemIds,
    description: input.description,
    staffId: user.id,
    staffPermission: 'orders:refund',
    extRefundId: `ZW-${input.refundKey}`,
  });
  revalidatePath(`/panel/zamowienia/${input.orderId}`);
  return {
    ok: true,
    message: messages(locale).checkout.refundOrdered(formatMoney(done.amount, done.currency, locale), done.revoked),
  };
});
