'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { fileCancellation } from '@/lib/settlement/family-cancellations';

const schema = z.object({ packageId: z.string().min(1), kind: z.enum(['RESIGNATION', 'WITHDRAWAL']) });

// The family page then shows the package as cancelled, the refund and the end of access.
export const cancelPackage = formAction({ schema, permission: 'families:manage-own' }, async (input, { user }) => {
  await fileCancellation(user.id, input.packageId, input.kind);
  redirect('/rodzina');
});
