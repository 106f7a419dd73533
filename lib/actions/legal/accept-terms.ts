'use server';
// The banner's "accept the new terms": records the version and the moment on the account.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { messages } from '@/lib/i18n';
import { formAction } from '@/lib/actions/action';
import { acceptTerms } from '@/lib/legal/acceptance';
import { currentLocale } from '@/lib/locale/current';

const schema = z.object({ version: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

export const acceptNewTerms = formAction(
  { schema, permission: 'account:manage-own' },
  async ({ version }, { user }) => {
    await acceptTerms(user.id, version);
    revalidatePath('/', 'layout');
    return { ok: true, message: messages(await currentLocale()).support.termsBanner.accepted(version) };
  },
);
