'use server';
// Moves a question one place up or down in the course's list.
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { moveQuestionSchema } from '@/lib/learning/editing/question-schema';
import { moveQuestion as move } from '@/lib/learning/editing/question-editing';

export const moveQuestion = formAction(
  { schema: moveQuestionSchema, permission: 'panel:courses' },
  async ({ courseId, id, direction }) => {
    await move(courseId, id, direction);
    revalidatePath(`/panel/kursy/${courseId}/pytania`);
    return { ok: true, message: messages(await currentLocale()).panel.courses.questionEditor.moved };
  },
);
