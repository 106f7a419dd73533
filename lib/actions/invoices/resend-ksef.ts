'use server';
// Staff resend a document KSeF rejected, after fixing the cause (lib/invoices/ksef/submission/resend.ts).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { resendDocument } from '@/lib/invoices/ksef/submission';
import { messages } from '@/lib/i18n';

const schema = z.object({ documentId: z.string().min(1).max(64) });

export const resendKsef = formAction({ schema, permission: 'panel:invoices' }, async ({ documentId }) => {
  const outcome = await resendDocument(documentId);
  revalidatePath('/panel/faktury');
  const t = messages().ksef.panel;
  return { ok: true, message: outcome === 'rebuilt' ? t.rebuilt : t.resent };
});
