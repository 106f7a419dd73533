// The language school's level courses (lib/language: each LanguageLevel is a Course) are sold only by
// contract through its own sign-up, so the catalogue never lists, shows or carts them, published or not.
import { db } from '@/lib/db/client';

export async function levelCourseIds(): Promise<string[]> {
  const levels = await db().languageLevel.findMany({ select: { courseId: true } });
  return levels.map((l) => l.courseId);
}
