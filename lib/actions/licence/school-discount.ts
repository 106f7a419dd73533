'use server';
// Staff set a school's discount in złoty (A2), taken off its next pro-forma.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { parseZloty } from '@/lib/format/money';
import { setSchoolDiscount } from '@/lib/licence/panel';
import { PANEL_SCHOOLS_PATH } from '@/lib/licence/paths';

const schema = perLocale((m) => {
  const invalid = m.licence.panel.discountInvalid;
  return z.object({
    schoolId: z.string().min(1),
    discount: z
      .string()
      .transform(
        (v, ctx) =>
          parseZloty(v.trim() === '' ? '0' : v) ?? (ctx.addIssue({ code: 'custom', message: invalid }), z.NEVER),
      ),
  });
});

export const schoolDiscountAction = formAction(
  { schema, permission: 'schools:manage' },
  async (input, { user, locale }) => {
    await setSchoolDiscount(user.id, input.schoolId, input.discount);
    revalidatePath(PANEL_SCHOOLS_PATH);
    return { ok: true, message: messages(locale).licence.panel.discountSaved };
  },
);
