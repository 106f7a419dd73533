'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { provisionUpload as provision } from '@/lib/groups/accounts/provisioning';
import { notFound } from 'next/navigation';

const schema = z.object({ groupId: z.string().min(1), uploadId: z.string().min(1) });

export const provisionUpload = formAction(
  { schema, permission: 'groups:manage-own' },
  async ({ groupId, uploadId }, { user }) => {
    const result = await provision(user, groupId, uploadId);
    if (!result) notFound();
    redirect(`/grupy/${groupId}?utworzono=${result.created}#konta`);
  },
);
