'use server';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { questionSchema } from '@/lib/learning/editing/course-schemas';
import { saveQuestion as save } from '@/lib/learning/editing/course-editing';

export const saveQuestion = formAction({ schema: questionSchema, permission: 'panel:courses' }, async (input) => {
  await save(input);
  revalidatePath(`/panel/kursy/${input.courseId}/pytania`);
  return { ok: true, message: input.id ? 'Zapisano pytanie.' : 'Dodano pytanie.' };
});
