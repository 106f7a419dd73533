'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { startAttempt as start } from '@/lib/learning/final-test/attempts';

const schema = z.object({ slug: z.string().min(1) });

export const startAttempt = formAction({ schema, permission: 'learning:study-own' }, async ({ slug }, { user }) => {
  const { attemptId } = await start(user.id, slug);
  redirect(`/nauka/${encodeURIComponent(slug)}/test/${attemptId}`);
});
