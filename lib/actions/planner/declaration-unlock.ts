'use server';
// The director opens one locked declaration for one change, with a reason (audited).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { plannerPath } from '@/lib/licence/paths';
import { unlockDeclaration } from '@/lib/matura/declarations/declarations';

const schema = z.object({ schoolId: z.string().min(1), studentId: z.string().min(1), reason: z.string().default('') });

export const unlockDeclarationAction = formAction(
  { schema, permission: 'account:manage-own' },
  async (input, { user, locale }) => {
    await unlockDeclaration(user, input.schoolId, input.studentId, input.reason);
    revalidatePath(plannerPath(input.schoolId, 'students', `/${input.studentId}`));
    return { ok: true, message: messages(locale).plannerDeclarations.unlock.done };
  },
);
