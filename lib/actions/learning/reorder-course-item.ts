'use server';
// Moves a module or a lesson one place up or down (the up/down buttons of the lessons page).
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { moveSchema } from '@/lib/learning/editing/course-schemas';
import { moveLesson, moveModule } from '@/lib/learning/editing/course-reorder';

export const reorderCourseItem = formAction(
  { schema: moveSchema, permission: 'panel:courses' },
  async ({ courseId, kind, id, direction }) => {
    await (kind === 'module' ? moveModule : moveLesson)(courseId, id, direction);
    revalidatePath(`/panel/kursy/${courseId}`, 'layout');
    return { ok: true, message: messages(await currentLocale()).learning.editing.moved };
  },
);
