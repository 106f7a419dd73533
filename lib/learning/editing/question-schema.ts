// What staff may type in the question editor: the fields every question has, then its kind's
// rows (question-fields.ts). Every error comes back at once, keyed by the field it belongs to.
// Server only: new item ids come from node:crypto.
import { z } from 'zod';
import { QUESTION_KINDS, type QuestionKindCode } from '@/lib/learning/questions/config';
import { newItemId } from '@/lib/learning/questions/ids';
import type { FieldErrors } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { readKindFields, str, type KindFields, type RawForm } from './question-fields';

export type QuestionInput = {
  courseId: string;
  id?: string;
  kind: QuestionKindCode;
  text: string;
  points: number;
  category: string;
  mediaId: string | null;
} & KindFields;

const isKind = (k: string): k is QuestionKindCode => (QUESTION_KINDS as readonly string[]).includes(k);

/** The submitted editor form as a question, or the message beside each field that is wrong. */
export function parseQuestionForm(
  raw: RawForm,
  newId: () => string = newItemId,
): { ok: true; value: QuestionInput } | { ok: false; errors: FieldErrors } {
  const e = messages().panel.courses.questionEditor.errors;
  const errors: FieldErrors = {};
  const kind = str(raw.kind);
  const text = str(raw.text).trim();
  const pointsText = str(raw.points).trim();
  const points = /^\d{1,3}$/.test(pointsText) ? Number(pointsText) : NaN;
  const category = str(raw.category).trim().replace(/\s+/g, ' ');
  if (!isKind(kind)) errors.kind = e.kind;
  if (text.length < 3 || text.length > 5000) errors.text = e.text;
  if (!(points >= 1 && points <= 100)) errors.points = e.points;
  if (category.length > 60) errors.category = e.category;
  const read = isKind(kind) ? readKindFields(kind, raw, text, newId) : { fields: null, errors: {} };
  for (const [k, v] of Object.entries(read.errors)) errors[k] ??= v;
  if (!isKind(kind) || !read.fields || Object.keys(errors).length > 0) return { ok: false, errors };
  const id = str(raw.id);
  return {
    ok: true,
    value: {
      courseId: str(raw.courseId),
      ...(id ? { id } : {}),
      kind,
      text,
      points,
      category,
      mediaId: str(raw.mediaId).trim() || null,
      ...read.fields,
    },
  };
}

/** The action's schema: the same parse, its errors as zod issues (formAction shows them by field). */
export const questionSchema = z
  .record(z.string(), z.unknown())
  .refine((raw) => str(raw.courseId).length > 0)
  .transform((raw, ctx) => {
    const parsed = parseQuestionForm(raw);
    if (parsed.ok) return parsed.value;
    for (const [path, message] of Object.entries(parsed.errors))
      ctx.addIssue({ code: 'custom', path: [path], message });
    return z.NEVER;
  });

export const moveQuestionSchema = z.object({
  courseId: z.string().min(1),
  id: z.string().min(1),
  direction: z.enum(['up', 'down']),
});
