'use server';
// Takes a lesson's own video off it (its file goes too).
import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { removeLessonVideo } from '@/lib/learning/streaming/lesson-video';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

const schema = z.object({ courseId: z.string().min(1), lessonId: z.string().min(1) });

export const removeLessonVideoAction = formAction(
  { schema, permission: 'panel:courses' },
  async ({ courseId, lessonId }) => {
    await removeLessonVideo(courseId, lessonId);
    revalidatePath(`/panel/kursy/${courseId}/lekcje/${lessonId}`);
    return { ok: true, message: messages(await currentLocale()).panel.courses.video.removed };
  },
);
