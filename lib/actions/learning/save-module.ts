'use server';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { moduleSchema } from '@/lib/learning/editing/course-schemas';
import { saveModule as save } from '@/lib/learning/editing/course-editing';

export const saveModule = formAction({ schema: moduleSchema, permission: 'panel:courses' }, async (input) => {
  await save(input);
  revalidatePath(`/panel/kursy/${input.courseId}`, 'layout');
  const t = messages(await currentLocale()).learning.editing;
  return { ok: true, message: input.id ? t.moduleSaved : t.moduleAdded };
});
