'use server';
// The director invites a person to the school's staff (A12); the planner's gate is the real check.
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { NotFoundError } from '@/lib/errors';
import { inviteSchoolStaff } from '@/lib/licence/school-staff';
import { plannerPath } from '@/lib/licence/paths';

const schema = perLocale((m) => {
  const t = m.plannerSchool.invite;
  return z.object({
    schoolId: z.string().min(1),
    email: z.string().trim().toLowerCase().pipe(z.email(t.emailInvalid)),
    firstName: z.string().trim().min(1, t.nameRequired).max(100),
    lastName: z.string().trim().min(1, t.nameRequired).max(100),
    role: z.enum(['DIRECTOR', 'TEACHER'], t.roleInvalid),
  });
});

export const inviteSchoolStaffAction = formAction(
  { schema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    const { schoolId, ...invitation } = input;
    const r = await inviteSchoolStaff(user, schoolId, invitation).catch((e) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    });
    revalidatePath(plannerPath(schoolId, 'school'));
    const t = messages(locale).plannerSchool.invite;
    return { ok: true, message: r.already ? t.already(r.email) : t.sent(r.email) };
  },
);
