'use server';
// A student removed from the list with the declaration; back to the list.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { plannerPath } from '@/lib/licence/paths';
import { deleteStudent } from '@/lib/matura/students/students';

const schema = z.object({ schoolId: z.string().min(1), studentId: z.string().min(1) });

export const deleteStudentAction = formAction({ schema, permission: 'account:manage-own' }, async (input, { user }) => {
  await deleteStudent(user, input.schoolId, input.studentId);
  redirect(plannerPath(input.schoolId, 'students', '?usunieto=1'));
});
