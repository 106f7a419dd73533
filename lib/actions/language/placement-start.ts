'use server';
// Starting (or resuming) the anonymous placement test: the token goes into the visitor's cookie.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { placementToken, rememberPlacementToken } from '@/lib/language/placement/cookie';
import { startPlacement } from '@/lib/language/placement/start';

export const startPlacementTest = formAction({ schema: z.object({}), public: true }, async () => {
  const { token } = await startPlacement(await placementToken());
  await rememberPlacementToken(token);
  redirect('/jezyk-polski/test');
});
