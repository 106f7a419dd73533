'use server';
// A student's declaration saved whole, or refused with each error beside its field.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { plannerPath } from '@/lib/licence/paths';
import { saveDeclaration } from '@/lib/matura/declarations/declarations';

const schema = z.looseObject({ schoolId: z.string().min(1), studentId: z.string().min(1) });

export const saveDeclarationAction = formAction(
  { schema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    const fields = Object.fromEntries(Object.entries(input).filter(([, v]) => typeof v === 'string')) as Record<
      string,
      string
    >;
    const saved = await saveDeclaration(user, input.schoolId, input.studentId, fields);
    const t = messages(locale).plannerDeclarations;
    if (saved.fieldErrors) return { ok: false, error: t.invalid, fieldErrors: saved.fieldErrors };
    revalidatePath(plannerPath(input.schoolId, 'students'));
    return { ok: true, message: saved.uncheckedBySave ? `${t.saved} ${t.checked.clearedBySave}` : t.saved };
  },
);
