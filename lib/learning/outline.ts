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

export async function courseOutline(courseId: string, enrolmentId: string): Promise<Outline> {
  const modules = await db().courseModule.findMany({
    where: { courseId },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: {
      id: true, title: true,
      lessons: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: { id: true, title: true, minutes: true, progress: { where: { enrolmentId }, select: { id: true } } },
      },
    },
  });
  const shaped = modules.map((m) => ({
    id: m.id, title: m.title,
    lessons: m.lessons.map((l) => ({ id: l.id, title: l.title, minutes: l.minutes, done: l.progress.length > 0 })),
  }));
  const lessons = shaped.flatMap((m) => m.lessons);
  const done = lessons.filter((l) => l.done).length;
  return { modules: shaped, lessons, done, total: lessons.length, percent: progressPercent(done, lessons.length) };
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

export function neighbours(outline: Pick<Outline, 'lessons'>, lessonId: string): { prev: OutlineLesson | null; next: OutlineLesson | null } {
  const i = outline.lessons.findIndex((l) => l.id === lessonId);
  if (i < 0) return { prev: null, next: null };
  return { prev: outline.lessons[i - 1] ?? null, next: outline.lessons[i + 1] ?? null };
}
