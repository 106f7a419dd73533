// What staff may type in the course editor. Shared by the server actions (which parse) and the
// forms (which show the messages beside each field).
import { z } from 'zod';
import { parseZloty } from '@/lib/format/money';
import { isEmbeddableVideo } from '@/lib/learning/video';
import { messages } from '@/lib/i18n';
import { COURSE_LANGUAGES, DEFAULT_COURSE_LANGUAGE } from '@/lib/catalog/rules/course-language';

const f = messages().learning.editing.fields;

const int = (min: number, max: number, msg: string) =>
  z.coerce.number({ error: msg }).int(msg).min(min, msg).max(max, msg);
const optionalInt = (min: number, max: number, msg: string) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? null : v),
    z.coerce.number({ error: msg }).int(msg).min(min, msg).max(max, msg).nullable(),
  );
const checkbox = z.preprocess((v) => v === 'on' || v === 'true', z.boolean());

export const SYLLABUS_MAX_POINTS = 50;
export const SYLLABUS_MAX_CHARS = 300;

/** The syllabus textarea: one point per line; blank lines and list markers typed out of habit are dropped. */
export function parseSyllabus(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
}

const syllabus = z
  .string()
  .default('')
  .transform(parseSyllabus)
  .refine((points) => points.length <= SYLLABUS_MAX_POINTS && points.every((p) => p.length <= SYLLABUS_MAX_CHARS), {
    message: f.syllabus,
  });

export const courseSchema = z.object({
  id: z.string().optional(),
  title: z.string().trim().min(3, f.title).max(200),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, f.slug)
    .max(80),
  summary: z.string().trim().min(10, f.summary).max(400),
  description: z.string().trim().min(10, f.description).max(10_000),
  categoryId: z.string().min(1, f.category),
  // The editor always sends it; a caller that does not (a script, an older form) gets Polish.
  language: z.enum(COURSE_LANGUAGES, { error: messages().courseLanguage.invalid }).default(DEFAULT_COURSE_LANGUAGE),
  price: z.string().transform((v, ctx) => {
    const grosze = parseZloty(v);
    if (grosze === null || grosze < 100) ctx.addIssue({ code: 'custom', message: f.price });
    return grosze ?? 0;
  }),
  accessMonths: optionalInt(1, 60, f.accessMonths),
  testQuestionCount: int(1, 100, f.testQuestionCount),
  passMarkPercent: int(1, 100, f.passMark),
  maxAttempts: int(1, 20, f.maxAttempts),
  timeLimitMinutes: optionalInt(1, 600, f.timeLimit),
  retakeDelayHours: z.preprocess((v) => (v === '' || v === undefined ? 0 : v), int(0, 720, f.retakeDelay)),
  testRequiresLessons: checkbox,
  testShowsAnswers: checkbox,
  syllabus,
  groupInstruction: z
    .string()
    .trim()
    .max(10_000)
    .transform((v) => v || null)
    .optional(),
  published: checkbox,
});
export type CourseInput = z.output<typeof courseSchema>;

export const moduleSchema = z.object({
  courseId: z.string().min(1),
  id: z.string().optional(),
  title: z.string().trim().min(2, f.moduleTitle).max(200),
  position: int(1, 999, f.position),
});

export const lessonSchema = z.object({
  courseId: z.string().min(1),
  moduleId: z.string().min(1, f.module),
  id: z.string().optional(),
  title: z.string().trim().min(2, f.lessonTitle).max(200),
  position: int(1, 999, f.position),
  minutes: int(1, 600, f.minutes),
  body: z.string().max(100_000, f.bodyTooLong).default(''),
  videoUrl: z
    .string()
    .trim()
    .transform((v) => v || null)
    .refine((v) => v === null || isEmbeddableVideo(v), {
      message: f.videoUrl,
    }),
});

export const deleteSchema = z.object({
  courseId: z.string().min(1),
  kind: z.enum(['module', 'lesson', 'question', 'attachment']),
  id: z.string().min(1),
});

export const moveSchema = z.object({
  courseId: z.string().min(1),
  kind: z.enum(['module', 'lesson']),
  id: z.string().min(1),
  direction: z.enum(['up', 'down']),
});

export const courseIdSchema = z.object({ courseId: z.string().min(1) });
