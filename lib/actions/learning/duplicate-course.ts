'use server';
// "Duplikuj kurs": staff land on the hidden copy.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/action';
import { courseIdSchema } from '@/lib/learning/editing/course-schemas';
import { duplicateCourse as duplicate } from '@/lib/learning/editing/duplicate-course';

export const duplicateCourse = formAction({ schema: courseIdSchema, permission: 'panel:courses' }, async (input) => {
  const { id } = await duplicate(input.courseId);
  revalidatePath('/panel/kursy');
  redirect(`/panel/kursy/${id}`);
});
