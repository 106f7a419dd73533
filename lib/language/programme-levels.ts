// The levels of one programme by id, for progression and the zone (programme.ts reads by slug).
import { db } from '@/lib/db/client';
import type { LevelRow } from './programme';

export async function programmeLevels(programmeId: string): Promise<LevelRow[]> {
  const rows = await db().languageLevel.findMany({
    where: { programmeId },
    orderBy: { position: 'asc' },
    select: { id: true, position: true, cefr: true, title: true, courseId: true, hours: true },
  });
  const courses = await db().course.findMany({
    where: { id: { in: rows.map((r) => r.courseId) } },
    select: { id: true, slug: true },
  });
  const slugOf = new Map(courses.map((c) => [c.id, c.slug]));
  return rows.map((r) => ({ ...r, courseSlug: slugOf.get(r.courseId) ?? '' }));
}
