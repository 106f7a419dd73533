// The staff forms' schemas (/panel/zespol, /panel/uzytkownicy), shared by forms and actions.
import { z } from 'zod';
import { emailSchema, personNameSchema } from '@/lib/auth/schemas';
import { STAFF_ROLES } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n';

const t = messages().staff.team.fields;
const id = z.string().min(1).max(64);
const role = z.enum(STAFF_ROLES, { error: t.role });

export const roleChangeSchema = z.object({ userId: id, role, grant: z.enum(['yes', 'no']) });

export const inviteSchema = z.object({
  email: emailSchema,
  firstName: personNameSchema('firstName'),
  lastName: personNameSchema('lastName'),
  role,
});

export const accountActionSchema = z.object({ userId: id });

export const blockSchema = z.object({ userId: id, note: z.string().trim().max(300).optional().default('') });
