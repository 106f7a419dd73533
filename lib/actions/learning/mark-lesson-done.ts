'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { markLessonDone as mark } from '@/lib/learning/progress';

const schema = z.object({
  slug: z.string().min(1),
  lessonId: z.string().min(1),
  then: z.enum(['stay', 'next']).default('next'),
});

/** Marks the lesson done and, by default, moves on: to the next lesson, or to the test after the last. */
export const markLessonDone = formAction(
  { schema, permission: 'learning:study-own' },
  async ({ slug, lessonId, then }, { user }) => {
    const { next } = await mark(user.id, slug, lessonId);
    const base = `/nauka/${encodeURIComponent(slug)}`;
    if (then === 'stay') redirect(`${base}/lekcje/${lessonId}`);
    redirect(next ? `${base}/lekcje/${next.id}` : `${base}/test`);
  },
);
