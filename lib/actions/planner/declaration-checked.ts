'use server';
// "Checked against the paper declaration" marked or taken back (A14).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { plannerPath } from '@/lib/licence/paths';
import { markChecked } from '@/lib/matura/students/students';

const schema = z.object({ schoolId: z.string().min(1), studentId: z.string().min(1), checked: z.enum(['1', '0']) });

export const markCheckedAction = formAction(
  { schema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    await markChecked(user, input.schoolId, input.studentId, input.checked === '1');
    revalidatePath(plannerPath(input.schoolId, 'students'));
    const t = messages(locale).plannerDeclarations.checked;
    return { ok: true, message: input.checked === '1' ? t.marked : t.unmarked };
  },
);
