'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { submitAttemptForm } from '@/lib/learning/final-test/submit-attempt';
import { openNextLevelAfterAttempt } from '@/lib/language/progress';

// Answers arrive as q.<questionId>[.gap.<i>|.pair.<leftId>|.order] (lib/learning/questions/answers.ts).
const schema = z.object({ attemptId: z.string().min(1) }).catchall(z.union([z.string(), z.array(z.string())]));

export const submitAttempt = formAction({ schema, permission: 'learning:study-own' }, async (input, { user }) => {
  const { slug } = await submitAttemptForm(user.id, input.attemptId, input);
  // A passed level test of the language school opens the next level (lib/learning knows no levels).
  await openNextLevelAfterAttempt(user.id, input.attemptId);
  redirect(`/nauka/${encodeURIComponent(slug)}/test/${input.attemptId}/wynik`);
});
