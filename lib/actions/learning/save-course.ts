'use server';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/action';
import { courseSchema } from '@/lib/learning/editing/course-schemas';
import { saveCourse as save } from '@/lib/learning/editing/course-editing';

export const saveCourse = formAction({ schema: courseSchema, permission: 'panel:courses' }, async (input, { user }) => {
  const { id } = await save(input, user.id);
  revalidatePath('/kursy');
  if (!input.id) redirect(`/panel/kursy/${id}`);
  revalidatePath(`/panel/kursy/${id}`);
  return { ok: true, message: messages(await currentLocale()).learning.editing.courseSaved };
});
