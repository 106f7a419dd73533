// The staff forms' schemas (/panel/zespol, /panel/uzytkownicy), shared by forms and actions.
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { authSchemas } from '@/lib/auth/schemas';
import { STAFF_ROLES } from '@/lib/auth/permissions';

/** The forms' schemas, their texts in the reader's language (built once per language). */
export const staffSchemas = perLocale((m, locale) => {
  const t = m.staff.team.fields;
  const { emailSchema, personNameSchema } = authSchemas(locale);
  const id = z.string().min(1).max(64);
  const role = z.enum(STAFF_ROLES, { error: t.role });

  const roleChangeSchema = z.object({ userId: id, role, grant: z.enum(['yes', 'no']) });

  const inviteSchema = z.object({
    email: emailSchema,
    firstName: personNameSchema('firstName'),
    lastName: personNameSchema('lastName'),
    role,
  });

  const accountActionSchema = z.object({ userId: id });

  const blockSchema = z.object({ userId: id, note: z.string().trim().max(300).optional().default('') });

  return { roleChangeSchema, inviteSchema, accountActionSchema, blockSchema };
});
