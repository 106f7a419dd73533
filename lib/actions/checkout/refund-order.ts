'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { refundOrder as refund } from '@/lib/settlement/refunds';
import { parseZloty } from '@/lib/format/money';

const schema = z.object({
  orderId: z.string().min(1),
  amount: z
    .string()
    .trim()
    .refine((v) => parseZloty(v) !== null, 'Podaj kwotę w złotych, np. 99,00.'),
  description: z.string().trim().min(3, 'Podaj powód zwrotu.').max(200),
  items: z.union([z.string(), z.array(z.string())]).optional(),
});

export const refundOrder = formAction({ schema, permission: 'panel:orders' }, async (input, { user }) => {
  const amount = parseZloty(input.amount)!;
  const itemIds = input.items === undefined ? [] : Array.isArray(input.items) ? input.items : [input.items];
  await refund({ orderId: input.orderId, amount, itemIds, description: input.description, staffId: user.id });
  revalidatePath(`/panel/zamowienia/${input.orderId}`);
  return { ok: true, message: 'Zwrot zlecony w PayU. Dostęp do zwróconych pozycji został cofnięty.' };
});
