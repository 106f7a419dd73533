'use server';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { deleteSchema } from '@/lib/learning/editing/course-schemas';
import { deleteCourseItem as remove } from '@/lib/learning/editing/course-editing';

export const deleteCourseItem = formAction(
  { schema: deleteSchema, permission: 'panel:courses' },
  async ({ courseId, kind, id }) => {
    await remove(courseId, kind, id);
    revalidatePath(`/panel/kursy/${courseId}`, 'layout');
    return { ok: true, message: messages(await currentLocale()).learning.editing.deleted };
  },
);
