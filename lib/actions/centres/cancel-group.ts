'use server';
// Staff cancel a centre group (below 6 children): its classes ahead, contracts ended with pro-rata
// refunds, parents e-mailed; the panel's group page shows the outcome.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { formatMoney } from '@/lib/format/money';
import { cancelCentreGroup } from '@/lib/centres/cancel/cancel-group';
import { panelCentreGroupPath } from '@/lib/centres/paths';

const schema = perLocale((m) => {
  const t = m.centresDesk.cancel;
  return z.object({
    centreGroupId: z.string().min(1).max(64),
    reason: z.string().trim().min(1, t.reasonMissing).max(300),
    confirm: z.literal('on', { error: t.confirmMissing }),
  });
});

export const cancelGroupAction = formAction(
  { permission: 'centres:manage', schema },
  async (input, { user, locale }) => {
    const t = messages(locale).centresDesk.cancel;
    const r = await cancelCentreGroup(user.id, input.centreGroupId, input.reason);
    revalidatePath(panelCentreGroupPath(input.centreGroupId));
    const refund = r.contracts.reduce((a, c) => a + c.refund, 0);
    return {
      ok: true,
      message: r.already ? t.already : t.done(r.contracts.length, formatMoney(refund, 'PLN', locale)),
    };
  },
);
