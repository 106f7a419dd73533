'use server';
// Staff save or reset an exam year's list of matura subjects (issue 23); the service checks the
// list and re-checks the actor's roles.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { resetSubjectList, saveSubjectList } from '@/lib/matura/subject-list-admin';
import { PANEL_SUBJECTS_PATH } from '@/lib/licence/paths';

const examYear = z.coerce.number().int().min(2023).max(2100);

export const saveSubjectListAction = formAction(
  { schema: z.object({ examYear, data: z.string().max(500_000) }), permission: 'schools:manage' },
  async (input, { user, locale }) => {
    await saveSubjectList(user.id, input.examYear, input.data);
    revalidatePath(PANEL_SUBJECTS_PATH);
    return { ok: true, message: messages(locale).plannerSubjects.edit.saved(input.examYear) };
  },
);

export const resetSubjectListAction = formAction(
  { schema: z.object({ examYear }), permission: 'schools:manage' },
  async (input, { user, locale }) => {
    await resetSubjectList(user.id, input.examYear);
    revalidatePath(PANEL_SUBJECTS_PATH);
    return { ok: true, message: messages(locale).plannerSubjects.edit.resetDone(input.examYear) };
  },
);
