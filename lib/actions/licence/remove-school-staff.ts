'use server';
// The director removes a person from the school's staff (never the last director).
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { NotFoundError } from '@/lib/errors';
import { removeSchoolStaff } from '@/lib/licence/school-staff';
import { plannerPath } from '@/lib/licence/paths';

const schema = z.object({ schoolId: z.string().min(1), staffId: z.string().min(1) });

export const removeSchoolStaffAction = formAction(
  { schema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    await removeSchoolStaff(user, input.schoolId, input.staffId).catch((e) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    });
    revalidatePath(plannerPath(input.schoolId, 'school'));
    return { ok: true, message: messages(locale).plannerSchool.staff.removed };
  },
);
