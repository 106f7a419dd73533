// The privacy forms' schemas, shared by the forms and the server actions.
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { authSchemas } from '@/lib/auth/schemas';
import { familySchemas } from '@/lib/families/schemas';

/** The forms' schemas, their texts in the reader's language (built once per language). */
export const privacySchemas = perLocale((m, locale) => {
  const t = m.privacy.fields;
  const { emailSchema, personNameSchema } = authSchemas(locale);
  const { addChildSchema } = familySchemas(locale);

  const profileSchema = z.object({
    firstName: personNameSchema('firstName'),
    lastName: personNameSchema('lastName'),
    phone: z
      .string()
      .trim()
      .max(30, t.phoneMax)
      .regex(/^(\+?[0-9 ()-]{6,30})?$/, t.phone)
      .optional()
      .default(''),
  });

  const emailChangeSchema = z.object({ email: emailSchema });

  const emailTokenSchema = z.object({ token: z.string().min(20).max(200) });

  const deleteAccountSchema = z.object({
    password: z.string().min(1, t.passwordRequired).max(128),
    confirm: z.literal('on', { error: t.confirmDeletion }),
  });

  const privacyRequestSchema = z.object({
    kind: z.enum(['RESTRICTION', 'OBJECTION', 'OTHER'], { error: t.kind }),
    details: z.string().trim().min(10, t.detailsMin).max(4000, t.detailsMax),
  });

  const decideRequestSchema = z.object({
    requestId: z.string().min(1).max(64),
    decision: z.enum(['RESOLVED', 'REFUSED'], { error: t.decision }),
    reply: z.string().trim().min(10, t.replyMin).max(8000, t.replyMax),
  });

  const editChildSchema = z.object({
    childId: z.string().min(1).max(64),
    fullName: addChildSchema.shape.fullName,
    birthYear: addChildSchema.shape.birthYear,
  });

  const removeChildSchema = z.object({
    childId: z.string().min(1).max(64),
    confirm: z.literal('on', { error: t.confirmChildRemoval }),
  });

  return {
    profileSchema,
    emailChangeSchema,
    emailTokenSchema,
    deleteAccountSchema,
    privacyRequestSchema,
    decideRequestSchema,
    editChildSchema,
    removeChildSchema,
  };
});
