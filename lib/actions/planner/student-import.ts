'use server';
// A previewed student file confirmed (all rows written in one transaction) or discarded.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { plannerPath } from '@/lib/licence/paths';
import { confirmStudentImport, discardStudentImport } from '@/lib/matura/students/student-import';

const schema = z.object({ schoolId: z.string().min(1), importId: z.string().min(1) });

export const confirmStudentImportAction = formAction(
  { schema, permission: 'account:manage-own' },
  async (input, { user }) => {
    const { added } = await confirmStudentImport(user, input.schoolId, input.importId);
    redirect(plannerPath(input.schoolId, 'students', `?dodano=${added}`));
  },
);

export const discardStudentImportAction = formAction(
  { schema, permission: 'account:manage-own' },
  async (input, { user }) => {
    await discardStudentImport(user, input.schoolId, input.importId);
    redirect(plannerPath(input.schoolId, 'students', '/import'));
  },
);
