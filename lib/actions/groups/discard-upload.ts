'use server';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { discardUpload as discard } from '@/lib/groups/list/uploads';

const schema = z.object({ groupId: z.string().min(1), uploadId: z.string().min(1) });

export const discardUpload = formAction(
  { schema, permission: 'groups:manage-own' },
  async ({ groupId, uploadId }, { user }) => {
    if (!(await discard(user, groupId, uploadId))) notFound();
    redirect(`/grupy/${groupId}?odrzucono=1#lista`);
  },
);
