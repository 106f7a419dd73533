'use server';
// A student typed into the planner's list.
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { plannerPath } from '@/lib/licence/paths';
import { addStudent } from '@/lib/matura/students/students';
import { studentFields, studentInput } from './student-form';

export const addStudentAction = formAction(
  { schema: studentFields, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    const saved = await addStudent(user, input.schoolId, studentInput(input));
    if (saved.fieldErrors)
      return { ok: false, error: messages(locale).errors.checkFields, fieldErrors: saved.fieldErrors };
    revalidatePath(plannerPath(input.schoolId, 'students'));
    return { ok: true, message: messages(locale).plannerStudents.add.added(saved.name) };
  },
);
