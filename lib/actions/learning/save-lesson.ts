'use server';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/action';
import { lessonSchema } from '@/lib/learning/editing/course-schemas';
import { saveLesson as save } from '@/lib/learning/editing/course-editing';

export const saveLesson = formAction({ schema: lessonSchema, permission: 'panel:courses' }, async (input) => {
  const { id } = await save(input);
  if (!input.id) redirect(`/panel/kursy/${input.courseId}/lekcje/${id}`);
  revalidatePath(`/panel/kursy/${input.courseId}`, 'layout');
  return { ok: true, message: messages(await currentLocale()).learning.editing.lessonSaved };
});
