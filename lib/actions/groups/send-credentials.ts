'use server';
import { notFound } from 'next/navigation';
import { messages } from '@/lib/i18n';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { sendOwnCredentials } from '@/lib/groups/accounts/credentials';

const schema = z.object({ groupId: z.string().min(1), participantId: z.string().min(1) });

export const sendCredentials = formAction(
  { schema, permission: 'groups:manage-own' },
  async ({ groupId, participantId }, { user }) => {
    if (!(await sendOwnCredentials(user, groupId, participantId))) notFound();
    revalidatePath(`/grupy/${groupId}`);
    return { ok: true, message: messages().groups.credentialsSent };
  },
);
