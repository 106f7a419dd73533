'use server';
// A parent corrects or removes a child (/rodzina/dzieci/<id>).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { editChild as edit, removeChild as remove } from '@/lib/privacy/family/children';
import { privacySchemas } from '@/lib/privacy/schemas';

export const editChild = formAction(
  { schema: (locale) => privacySchemas(locale).editChildSchema, permission: 'families:manage-own' },
  async ({ childId, ...input }, { user, locale }) => {
    const r = await edit(user.id, childId, input);
    revalidatePath(`/rodzina/dzieci/${childId}`);
    const t = messages(locale).privacy.children;
    return { ok: true, message: r.toStaff ? t.savedClassToStaff : t.saved };
  },
);

export const removeChild = formAction(
  { schema: (locale) => privacySchemas(locale).removeChildSchema, permission: 'families:manage-own' },
  async ({ childId }, { user }) => {
    await remove(user.id, childId);
    revalidatePath('/rodzina');
    redirect('/rodzina?usunieto=1');
  },
);
