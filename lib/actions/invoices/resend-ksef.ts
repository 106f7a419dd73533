'use server';
// Staff resend a document KSeF rejected, after fixing the cause (lib/invoices/ksef/submission/resend.ts).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { resendDocument } from '@/lib/invoices/ksef/submission';

const schema = z.object({ documentId: z.string().min(1).max(64) });

// The row leaves the rejected state (and its form) at once, so the outcome is told by the page.
export const resendKsef = formAction({ schema, permission: 'panel:invoices' }, async ({ documentId }) => {
  const outcome = await resendDocument(documentId);
  revalidatePath('/panel/faktury');
  redirect(`/panel/faktury?ponownie=${outcome}`);
});
