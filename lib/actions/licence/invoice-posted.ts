'use server';
// Staff mark a paid licence's paper invoice posted (A10: schools without the eco invoice).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { markInvoicePosted } from '@/lib/licence/panel';
import { PANEL_SCHOOLS_PATH } from '@/lib/licence/paths';

export const invoicePostedAction = formAction(
  { schema: z.object({ licenceId: z.string().min(1) }), permission: 'schools:manage' },
  async ({ licenceId }, { user, locale }) => {
    await markInvoicePosted(user.id, licenceId);
    revalidatePath(PANEL_SCHOOLS_PATH);
    return { ok: true, message: messages(locale).licence.panel.postedDone };
  },
);
