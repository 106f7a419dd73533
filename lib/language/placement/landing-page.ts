// What the programme's landing page (/jezyk-polski) shows: each level with what it includes — its
// multimedia lessons and PDF materials, its live class groups, its level test's pass mark — and the
// prices of both plans, read from the level's course and offers.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { defaultProgramme } from '@/lib/language/programme';
import { levelPrices, signupHref, type LevelPrices } from './offers';

export type LandingLevel = {
  cefr: string;
  title: string;
  summary: string;
  hours: number;
  lessons: number;
  pdfs: number;
  liveGroups: number;
  passMarkPercent: number;
  prices: LevelPrices | null;
  signupHref: string;
};

export async function programmeLanding(now = currentTime()) {
  const programme = await defaultProgramme();
  if (!programme) return null;
  const ids = programme.levels.map((l) => l.courseId);
  const [courses, lessons, pdfs, groups, prices] = await Promise.all([
    db().course.findMany({ where: { id: { in: ids } }, select: { id: true, summary: true, passMarkPercent: true } }),
    db().lesson.findMany({
      where: { module: { courseId: { in: ids } } },
      select: { module: { select: { courseId: true } } },
    }),
    db().attachment.findMany({
      where: { mimeType: 'application/pdf', lesson: { module: { courseId: { in: ids } } } },
      select: { lesson: { select: { module: { select: { courseId: true } } } } },
    }),
    db().liveGroup.findMany({
      where: { courseId: { in: ids }, bookingMode: 'OPEN', cancelledAt: null, lastDay: { gte: now } },
      select: { courseId: true },
    }),
    levelPrices(ids),
  ]);
  const count = (courseIds: (string | null)[], id: string) => courseIds.filter((c) => c === id).length;
  const course = new Map(courses.map((c) => [c.id, c]));
  const levels: LandingLevel[] = programme.levels.map((l) => ({
    cefr: l.cefr,
    title: l.title,
    summary: course.get(l.courseId)?.summary ?? '',
    hours: l.hours,
    lessons: count(
      lessons.map((x) => x.module.courseId),
      l.courseId,
    ),
    pdfs: count(
      pdfs.map((p) => p.lesson.module.courseId),
      l.courseId,
    ),
    liveGroups: count(
      groups.map((g) => g.courseId),
      l.courseId,
    ),
    passMarkPercent: course.get(l.courseId)?.passMarkPercent ?? 65,
    prices: prices.get(l.courseId) ?? null,
    signupHref: signupHref(l.cefr),
  }));
  return { programme, levels, signupHref: signupHref(programme.levels[0]?.cefr ?? 'A1') };
}
