// What staff may type in the course editor. Shared by the server actions (which parse) and the
// forms (which show the messages beside each field).
import { z } from 'zod';
import { parseZloty } from '@/lib/format/money';
import { isEmbeddableVideo } from '@/lib/learning/video';

const int = (min: number, max: number, msg: string) =>
  z.coerce.number({ error: msg }).int(msg).min(min, msg).max(max, msg);
const optionalInt = (min: number, max: number, msg: string) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? null : v),
    z.coerce.number({ error: msg }).int(msg).min(min, msg).max(max, msg).nullable(),
  );
const checkbox = z.preprocess((v) => v === 'on' || v === 'true', z.boolean());

export const courseSchema = z.object({
  id: z.string().optional(),
  title: z.string().trim().min(3, 'Podaj tytuł (co najmniej 3 znaki).').max(200),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Adres: małe litery bez polskich znaków, cyfry i myślniki, np. bhp-dla-biura.')
    .max(80),
  summary: z.string().trim().min(10, 'Podaj krótki opis (co najmniej 10 znaków).').max(400),
  description: z.string().trim().min(10, 'Podaj opis kursu.').max(10_000),
  categoryId: z.string().min(1, 'Wybierz kategorię.'),
  price: z.string().transform((v, ctx) => {
    const grosze = parseZloty(v);
    if (grosze === null || grosze < 100)
      ctx.addIssue({ code: 'custom', message: 'Podaj cenę brutto w złotych, np. 99,00 (co najmniej 1 zł).' });
    return grosze ?? 0;
  }),
  accessMonths: optionalInt(1, 60, 'Podaj liczbę miesięcy od 1 do 60 albo zostaw puste (bez limitu).'),
  testQuestionCount: int(1, 100, 'Liczba pytań: od 1 do 100.'),
  passMarkPercent: int(1, 100, 'Próg zaliczenia: od 1 do 100 %.'),
  maxAttempts: int(1, 20, 'Liczba podejść: od 1 do 20.'),
  timeLimitMinutes: optionalInt(1, 600, 'Limit czasu: od 1 do 600 minut albo puste (bez limitu).'),
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
  title: z.string().trim().min(2, 'Podaj nazwę modułu.').max(200),
  position: int(1, 999, 'Pozycja: liczba od 1.'),
});

export const lessonSchema = z.object({
  courseId: z.string().min(1),
  moduleId: z.string().min(1, 'Wybierz moduł.'),
  id: z.string().optional(),
  title: z.string().trim().min(2, 'Podaj tytuł lekcji.').max(200),
  position: int(1, 999, 'Pozycja: liczba od 1.'),
  minutes: int(1, 600, 'Czas: od 1 do 600 minut.'),
  body: z.string().max(100_000, 'Treść jest za długa.').default(''),
  videoUrl: z
    .string()
    .trim()
    .transform((v) => v || null)
    .refine((v) => v === null || isEmbeddableVideo(v), {
      message: 'Wklej adres osadzenia: https://www.youtube-nocookie.com/embed/… albo https://player.vimeo.com/video/…',
    }),
});

export const OPTION_SLOTS = 6;

/** Options arrive as option_0…option_5 with correct_0…correct_5 checkboxes; empty slots are skipped. */
export const questionSchema = z
  .object({
    courseId: z.string().min(1),
    id: z.string().optional(),
    kind: z.enum(['SINGLE', 'MULTIPLE'], { error: 'Wybierz rodzaj pytania.' }),
    text: z.string().trim().min(5, 'Podaj treść pytania.').max(2000),
    position: int(0, 9999, 'Pozycja: liczba.'),
  })
  .catchall(z.unknown())
  .transform((v, ctx) => {
    const options: { text: string; correct: boolean }[] = [];
    for (let i = 0; i < OPTION_SLOTS; i++) {
      const text = String(v[`option_${i}`] ?? '').trim();
      if (text) options.push({ text, correct: v[`correct_${i}`] === 'on' });
    }
    const right = options.filter((o) => o.correct).length;
    if (options.length < 2)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Podaj co najmniej dwie odpowiedzi.' });
    else if (right === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Zaznacz poprawną odpowiedź.' });
    else if (v.kind === 'SINGLE' && right !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'Pytanie jednokrotnego wyboru ma dokładnie jedną poprawną odpowiedź.',
      });
    else if (right === options.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Co najmniej jedna odpowiedź musi być błędna.' });
    return { courseId: v.courseId, id: v.id, kind: v.kind, text: v.text, position: v.position, options };
  });

export const deleteSchema = z.object({
  courseId: z.string().min(1),
  kind: z.enum(['module', 'lesson', 'question', 'attachment']),
  id: z.string().min(1),
});
