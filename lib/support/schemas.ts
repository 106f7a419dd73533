// The public forms' schemas (contact, complaint) and staff's answer, with the catalogue's texts.
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { CONTACT_TOPICS } from './contact';

/** The forms' schemas, their texts in the reader's language (built once per language). */
export const supportSchemas = perLocale((m) => {
  const e = m.support.errors;
  const required = (max: number) => z.string().trim().min(1, e.required).max(max, e.messageMax);

  const contactSchema = z.object({
    name: required(200),
    email: z.email().max(320),
    topic: z.enum(CONTACT_TOPICS),
    message: required(5000),
  });

  const complaintSchema = z.object({
    name: required(200),
    email: z.email().max(320),
    orderId: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
    description: required(5000),
    demand: required(2000),
  });

  const answerSchema = z.object({ complaintId: z.string().min(1), answer: required(5000) });

  return { contactSchema, complaintSchema, answerSchema };
});
