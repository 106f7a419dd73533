'use server';
// The payer withdraws from a contract after a declared discount was rejected (S7 §2.4): the
// contract ends and what was paid is refunded. Any signed-in person; the service answers 404 for
// a contract that is not theirs.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { currentTime } from '@/lib/clock/clock';
import { withdrawAfterRejection } from '@/lib/billing/discounts/withdraw';

export const withdrawAfterDiscountRejection = formAction(
  { schema: z.object({ contractId: z.string().min(1) }), permission: 'account:manage-own' },
  async ({ contractId }, { user, locale }) => {
    await withdrawAfterRejection(contractId, { actorId: user.id, now: currentTime() });
    revalidatePath('/konto/umowy');
    return { ok: true, message: messages(locale).discounts.withdraw.done };
  },
);
