'use server';
// A listed student's data changed.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { plannerPath } from '@/lib/licence/paths';
import { updateStudent } from '@/lib/matura/students/students';
import { studentFields, studentInput } from './student-form';

export const updateStudentAction = formAction(
  { schema: studentFields.extend({ studentId: z.string().min(1) }), permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    const saved = await updateStudent(user, input.schoolId, input.studentId, studentInput(input));
    if (saved.fieldErrors)
      return { ok: false, error: messages(locale).errors.checkFields, fieldErrors: saved.fieldErrors };
    revalidatePath(plannerPath(input.schoolId, 'students'));
    return { ok: true, message: messages(locale).plannerStudents.edit.saved };
  },
);
