'use server';
// Rows pasted straight from Excel (tab-separated) become a preview, read like an uploaded file.
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { createUploadFromText } from '@/lib/groups/list/uploads';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';

const schema = perLocale(({ groups: { paste: t } }) =>
  z.object({
    groupId: z.string().min(1),
    rows: z.string().trim().min(1, t.empty).max(900_000, t.tooLong),
    notifyEmail: z.string().trim().email(t.notifyInvalid),
  }),
);

export const pasteList = formAction({ schema, permission: 'groups:manage-own' }, async (input, { user, locale }) => {
  const upload = await createUploadFromText(user, input.groupId, {
    text: input.rows,
    notifyEmail: input.notifyEmail,
    fileName: messages(locale).groups.paste.fileName,
  });
  if (!upload) notFound();
  redirect(`/grupy/${input.groupId}/lista/${upload.id}`);
});
