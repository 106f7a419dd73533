'use server';
// The planner's teachers page: add or change a teacher, delete one (lib/matura/teams/teachers.ts;
// the gate there refuses changes at the read-only level whatever the page shows).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { plannerPath } from '@/lib/licence/paths';
import { deleteTeacher, saveTeacher } from '@/lib/matura/teams/teachers';
import { checkbox, id, many, orNotFound, schoolField } from './teams-shared';

const saveSchema = z.object({
  ...schoolField,
  teacherId: id.optional().or(z.literal('').transform(() => undefined)),
  name: z.string().max(500),
  subjects: many,
  external: checkbox,
  userId: id.optional().or(z.literal('').transform(() => undefined)),
});

export const saveTeacherAction = formAction(
  { schema: saveSchema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    await orNotFound(
      saveTeacher(user, input.schoolId, input.teacherId ?? null, {
        name: input.name,
        subjects: input.subjects,
        external: input.external,
        userId: input.userId ?? null,
      }),
    );
    revalidatePath(plannerPath(input.schoolId, 'teachers'));
    return { ok: true, message: messages(locale).plannerTeams.teachers.saved };
  },
);

const deleteSchema = z.object({ ...schoolField, teacherId: id });

export const deleteTeacherAction = formAction(
  { schema: deleteSchema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    await orNotFound(deleteTeacher(user, input.schoolId, input.teacherId));
    revalidatePath(plannerPath(input.schoolId, 'teachers'));
    return { ok: true, message: messages(locale).plannerTeams.teachers.deleted };
  },
);
