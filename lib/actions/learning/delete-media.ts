'use server';
// Deletes a course file (refused while a question or lesson uses it).
import { z } from 'zod';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { deleteCourseMedia } from '@/lib/learning/editing/media';

const schema = z.object({ courseId: z.string().min(1), id: z.string().min(1) });

export const deleteMedia = formAction({ schema, permission: 'panel:courses' }, async ({ courseId, id }) => {
  await deleteCourseMedia(courseId, id);
  revalidatePath(`/panel/kursy/${courseId}/pliki`);
  return { ok: true, message: messages(await currentLocale()).panel.courses.files.deleted };
});
