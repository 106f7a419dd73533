'use server';
// Sending the placement test's answers; a refusal (sent twice, after the time) comes back as its reason.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { placementToken } from '@/lib/language/placement/cookie';
import { submitPlacement } from '@/lib/language/placement/submit';

// Answers arrive as q.<questionId>[.gap.<i>|.pair.<leftId>|.order] (lib/learning/questions/answers.ts).
const schema = z.object({}).catchall(z.union([z.string(), z.array(z.string())]));

export const submitPlacementTest = formAction({ schema, public: true }, async (input) => {
  await submitPlacement(await placementToken(), input);
  redirect('/jezyk-polski/test/wynik');
});
