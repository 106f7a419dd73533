// The privacy forms' schemas, shared by the forms and the server actions.
import { z } from 'zod';
import { emailSchema, personNameSchema } from '@/lib/auth/schemas';
import { addChildSchema } from '@/lib/families/schemas';
import { messages } from '@/lib/i18n';

const t = messages().privacy.fields;

export const profileSchema = z.object({
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

export const emailChangeSchema = z.object({ email: emailSchema });

export const emailTokenSchema = z.object({ token: z.string().min(20).max(200) });

export const deleteAccountSchema = z.object({
  password: z.string().min(1, t.passwordRequired).max(128),
  confirm: z.literal('on', { error: t.confirmDeletion }),
});

export const privacyRequestSchema = z.object({
  kind: z.enum(['RESTRICTION', 'OBJECTION', 'OTHER'], { error: t.kind }),
  details: z.string().trim().min(10, t.detailsMin).max(4000, t.detailsMax),
});

export const decideRequestSchema = z.object({
  requestId: z.string().min(1).max(64),
  decision: z.enum(['RESOLVED', 'REFUSED'], { error: t.decision }),
  reply: z.string().trim().min(10, t.replyMin).max(8000, t.replyMax),
});

export const editChildSchema = z.object({
  childId: z.string().min(1).max(64),
  fullName: addChildSchema.shape.fullName,
  birthYear: addChildSchema.shape.birthYear,
});

export const removeChildSchema = z.object({
  childId: z.string().min(1).max(64),
  confirm: z.literal('on', { error: t.confirmChildRemoval }),
});
