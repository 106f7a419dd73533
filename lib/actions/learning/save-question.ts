'use server';
// Saves one question of any kind (question-schema reads the kind's fields; question-editing writes).
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { questionSchema } from '@/lib/learning/editing/question-schema';
import { saveQuestion as save } from '@/lib/learning/editing/question-editing';

export const saveQuestion = formAction({ schema: questionSchema, permission: 'panel:courses' }, async (input) => {
  await save(input);
  revalidatePath(`/panel/kursy/${input.courseId}/pytania`);
  const t = messages(await currentLocale()).learning.editing;
  return { ok: true, message: input.id ? t.questionSaved : t.questionAdded };
});
