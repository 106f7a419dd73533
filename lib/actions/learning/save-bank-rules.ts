'use server';
// Sets how many questions each bank category gives to one attempt.
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { bankRulesSchema, saveBankRules as save } from '@/lib/learning/editing/bank-rules';

export const saveBankRules = formAction(
  { schema: bankRulesSchema, permission: 'panel:courses' },
  async ({ courseId, rows }) => {
    await save(courseId, rows);
    revalidatePath(`/panel/kursy/${courseId}/pytania`);
    return { ok: true, message: messages(await currentLocale()).panel.courses.banks.saved };
  },
);
