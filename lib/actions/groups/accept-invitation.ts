'use server';
// The invitation page's form: the person's own password, under the same rules as everywhere, and
// not their login or e-mail; the form then signs in with it.
import { z } from 'zod';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { authSchemas } from '@/lib/auth/schemas';
import { acceptInvitation, openInvitation } from '@/lib/groups/people/invitations';

const schema = perLocale((m, locale) =>
  z
    .object({
      token: z.string().min(20).max(200),
      password: authSchemas(locale).newPasswordSchema,
      confirm: z.string(),
    })
    .refine((v) => v.password === v.confirm, { path: ['confirm'], message: m.auth.fields.passwordsDiffer }),
);

const same = (a: string, b: string | null) => !!b && a.trim().toLowerCase() === b.toLowerCase();

export const acceptInvitationAction = formAction({ schema, public: true }, async ({ token, password }, { locale }) => {
  const t = messages(locale).people;
  const invitation = await openInvitation(token);
  if (!invitation) return { ok: false, error: t.invitationInvalid };
  if (same(password, invitation.login) || same(password, invitation.email)) {
    return { ok: false, fieldErrors: { password: t.passwordSameAsLogin } };
  }
  const result = await acceptInvitation(token, password);
  return { ok: true, message: t.invitationDone, data: result };
});
