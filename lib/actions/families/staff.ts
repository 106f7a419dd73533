'use server';
import { messages } from '@/lib/i18n';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { UserError } from '@/lib/errors';
import { refundCancellation as refund } from '@/lib/settlement/family-cancellations';
import { decideClassChange as decide } from '@/lib/families/staff';
import { saveRate as save } from '@/lib/families/rates';
import { parseRate } from '@/lib/format/rate';
import { formatMoney } from '@/lib/format/money';

export const decideClassChange = formAction(
  {
    schema: z.object({ childId: z.string().min(1), decision: z.enum(['approve', 'reject']) }),
    permission: 'families:class-change',
  },
  async (input, { user, locale }) => {
    await decide(input.childId, input.decision === 'approve', user.id);
    revalidatePath('/panel/rodziny');
    return {
      ok: true,
      message:
        input.decision === 'approve'
          ? messages(locale).families.classChangeApproved
          : messages(locale).families.classChangeRejected,
    };
  },
);

export const refundCancellation = formAction(
  {
    // The second step: staff saw the amount and what happens to access (cancellation-refund-form.tsx).
    schema: z.object({ cancellationId: z.string().min(1), confirmed: z.literal('yes') }),
    permission: 'families:refund',
  },
  async (input, { user, locale }) => {
    const done = await refund(input.cancellationId, user.id);
    revalidatePath('/panel/rodziny');
    return {
      ok: true,
      message: messages(locale).families.cancellationRefundedAmount(formatMoney(done.amount, done.currency, locale)),
    };
  },
);

const rateSchema = perLocale((m) =>
  z.object({
    currency: z.enum(['GBP', 'EUR', 'USD'], { error: m.families.fields.currency }),
    effectiveOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.families.errors.dateFormat),
    rate: z.string().trim().min(1, m.families.fields.rateRequired),
  }),
);

export const saveRate = formAction({ schema: rateSchema, permission: 'families:rates' }, async (input, { locale }) => {
  const rate = parseRate(input.rate);
  if (rate === null) throw new UserError('families.errors.rateFormat', { rate: 'families.errors.rateExample' });
  await save({ currency: input.currency, effectiveOn: input.effectiveOn, rate, source: 'staff' });
  revalidatePath('/panel/rodziny');
  return { ok: true, message: messages(locale).families.rateSaved };
});
