'use server';
// Staff end a school's licence for non-performance with the pro-rata refund (A16).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { formatMoney } from '@/lib/format/money';
import { terminateLicence } from '@/lib/licence/lifecycle/termination';
import { PANEL_SCHOOLS_PATH } from '@/lib/licence/paths';

const schema = z.object({ licenceId: z.string().min(1).max(64) });

export const terminateLicenceAction = formAction(
  { schema, permission: 'contracts:manage' },
  async (input, { user, locale }) => {
    const refund = await terminateLicence(user.id, input.licenceId);
    revalidatePath(PANEL_SCHOOLS_PATH);
    return {
      ok: true,
      message: messages(locale).plannerLifecycle.termination.done(formatMoney(refund, 'PLN', locale)),
    };
  },
);
