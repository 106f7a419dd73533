'use server';
// Staff actions of /panel/rabaty on codes: create one (errors beside each field), switch one off.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { createDiscountCode, deactivateDiscountCode } from '@/lib/billing/discounts/manage';

const text = z.string().max(500).optional();
const createSchema = z.object({
  code: text,
  kind: text,
  value: text,
  currency: text,
  validFrom: text,
  validTo: text,
  maxUses: text,
  maxUsesPerPayer: text,
  products: text,
  combinable: text,
});

export const createCode = formAction(
  { schema: createSchema, permission: 'discounts:manage' },
  async (raw, { user }) => {
    const { code } = await createDiscountCode(raw, { actorId: user.id });
    revalidatePath('/panel/rabaty');
    return { ok: true, message: messages(await currentLocale()).discounts.panel.form.created(code) };
  },
);

export const deactivateCode = formAction(
  { schema: z.object({ id: z.string().min(1) }), permission: 'discounts:manage' },
  async ({ id }, { user }) => {
    await deactivateDiscountCode(id, { actorId: user.id });
    revalidatePath('/panel/rabaty');
    return { ok: true, message: messages(await currentLocale()).discounts.panel.deactivated };
  },
);
