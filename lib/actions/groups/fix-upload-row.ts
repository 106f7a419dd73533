'use server';
// A red row of a preview corrected (or removed) in place, then the whole list checked again.
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { fixUploadRow as fix } from '@/lib/groups/list/fix-row';

const cell = z.string().max(500).optional();
const schema = z.object({
  groupId: z.string().min(1),
  uploadId: z.string().min(1),
  rowNumber: z.coerce.number().int().positive(),
  intent: z.enum(['save', 'remove']).default('save'),
  firstName: cell,
  lastName: cell,
  email: cell,
  login: cell,
  password: cell,
  generatePassword: z.literal('on').optional(),
});

export const fixUploadRow = formAction({ schema, permission: 'groups:manage-own' }, async (input, { user }) => {
  const { groupId, uploadId, rowNumber, intent, generatePassword, password, ...fields } = input;
  // An empty password field keeps the file's password; the box asks for a generated one instead.
  const pw = generatePassword ? { password: '' } : password ? { password } : {};
  const r = await fix(user, groupId, uploadId, rowNumber, intent === 'remove' ? 'remove' : { ...fields, ...pw });
  if (!r) notFound();
  const outcome = intent === 'remove' ? 'usunieto' : r.row?.ok ? 'ok' : 'bledy';
  redirect(`/grupy/${groupId}/lista/${uploadId}?wiersz=${rowNumber}&wynik=${outcome}#wiersz-${rowNumber}`);
});
