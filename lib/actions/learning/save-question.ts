'use server';
import { messages } from '@/lib/i18n';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { questionSchema } from '@/lib/learning/editing/course-schemas';
import { saveQuestion as save } from '@/lib/learning/editing/course-editing';

export const saveQuestion = formAction({ schema: questionSchema, permission: 'panel:courses' }, async (input) => {
  await save(input);
  revalidatePath(`/panel/kursy/${input.courseId}/pytania`);
  return {
    ok: true,
    message: input.id ? messages().learning.editing.questionSaved : messages().learning.editing.questionAdded,
  };
});
