'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { submitAttempt as submit } from '@/lib/learning/final-test/submit-attempt';

// Answers arrive as q_<questionId> = optionId (radio) or several optionIds (checkboxes).
const schema = z.object({ attemptId: z.string().min(1) }).catchall(z.union([z.string(), z.array(z.string())]));

export const submitAttempt = formAction({ schema, permission: 'learning:study-own' }, async (input, { user }) => {
  const answers: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!key.startsWith('q_')) continue;
    answers[key.slice(2)] = Array.isArray(value) ? value : [value];
  }
  const { slug } = await submit(user.id, input.attemptId, answers);
  redirect(`/nauka/${encodeURIComponent(slug)}/test/${input.attemptId}/wynik`);
});
