'use server';
// The licence page's forms (lib/licence/lifecycle): the director's erase of the school's planner
// data and a school's complaint. Any signed-in person may call them; the planner's gate inside the
// services decides (another school → 404, a teacher → refused).
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { clientIp } from '@/lib/http/client-ip';
import { messages, type Messages } from '@/lib/i18n';
import { formatLastDay } from '@/lib/format/time';
import { perLocale } from '@/lib/i18n/per-locale';
import { eraseSchoolData } from '@/lib/licence/lifecycle/purge';
import { fileSchoolComplaint } from '@/lib/licence/lifecycle/licence-page';
import { plannerPath } from '@/lib/licence/paths';

const required = (m: Messages, max: number) =>
  z.string().trim().min(1, m.support.errors.required).max(max, m.support.errors.messageMax);

const eraseSchema = perLocale((m) => z.object({ schoolId: z.string().min(1).max(64), confirmName: required(m, 300) }));

export const eraseSchoolDataAction = formAction(
  { schema: eraseSchema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    const counts = await eraseSchoolData(user, input.schoolId, { confirmName: input.confirmName });
    revalidatePath(plannerPath(input.schoolId, 'licence'));
    return { ok: true, message: messages(locale).plannerLifecycle.erase.done(counts.students) };
  },
);

const complaintSchema = perLocale((m) =>
  z.object({ schoolId: z.string().min(1).max(64), description: required(m, 5000), demand: required(m, 2000) }),
);

export const schoolComplaintAction = formAction(
  { schema: complaintSchema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    const { number, dueAt } = await fileSchoolComplaint(
      user,
      input.schoolId,
      { description: input.description, demand: input.demand },
      clientIp(await headers()),
    );
    revalidatePath(plannerPath(input.schoolId, 'licence'));
    return {
      ok: true,
      message: messages(locale).plannerLifecycle.complaint.sent(number, formatLastDay(dueAt, locale)),
    };
  },
);
