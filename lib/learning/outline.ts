// A course's modules and lessons with the learner's progress: the player's table of contents.
import { db } from '@/lib/db/client';

export type OutlineLesson = { id: string; title: string; minutes: number; done: boolean };
export type Outline = {
  modules: { id: string; title: string; lessons: OutlineLesson[] }[];
  lessons: OutlineLesson[];
  done: number;
  total: number;
  percent: number;
};

type OutlineRow = {
  moduleId: string;
  moduleTitle: string;
  lessonId: string;
  lessonTitle: string;
  minutes: number;
  done: boolean;
};

/** One query (modules ⋈ lessons ⟕ progress): the outline is on every lesson page. */
export async function courseOutline(courseId: string, enrolmentId: string): Promise<Outline> {
  const rows = await db().$queryRaw<OutlineRow[]>`
    SELECT m."id" AS "moduleId", m."title" AS "moduleTitle", l."id" AS "lessonId", l."title" AS "lessonTitle", l."minutes",
           (p."id" IS NOT NULL) AS "done"
    FROM "CourseModule" m
    JOIN "Lesson" l ON l."moduleId" = m."id"
    LEFT JOIN "LessonProgress" p ON p."lessonId" = l."id" AND p."enrolmentId" = ${enrolmentId}
    WHERE m."courseId" = ${courseId}
    ORDER BY m."position", m."id", l."position", l."id"`;
  const modules: Outline['modules'] = [];
  for (const r of rows) {
    let m = modules.at(-1);
    if (m?.id !== r.moduleId) modules.push((m = { id: r.moduleId, title: r.moduleTitle, lessons: [] }));
    m.lessons.push({ id: r.lessonId, title: r.lessonTitle, minutes: r.minutes, done: r.done });
  }
  const lessons = modules.flatMap((m) => m.lessons);
  const done = lessons.filter((l) => l.done).length;
  return { modules, lessons, done, total: lessons.length, percent: progressPercent(done, lessons.length) };
}

/** Whole percent, rounded down so 99.5 % never shows as finished. */
export function progressPercent(done: number, total: number): number {
  return total === 0 ? 0 : Math.floor((done / total) * 100);
}

/** Where "Kontynuuj" leads: the last lesson opened, else the first not done, else the first. */
export function resumeLessonId(outline: Pick<Outline, 'lessons'>, lastLessonId: string | null): string | null {
  if (lastLessonId && outline.lessons.some((l) => l.id === lastLessonId)) return lastLessonId;
  return (outline.lessons.find((l) => !l.done) ?? outline.lessons[0])?.id ?? null;
}

export function neighbours(
  outline: Pick<Outline, 'lessons'>,
  lessonId: string,
): { prev: OutlineLesson | null; next: OutlineLesson | null } {
  const i = outline.lessons.findIndex((l) => l.id === lessonId);
  if (i < 0) return { prev: null, next: null };
  return { prev: outline.lessons[i - 1] ?? null, next: outline.lessons[i + 1] ?? null };
}
