// The language school's level courses (lib/language: each LanguageLevel is a Course) are sold only by
// contract through its own sign-up, so the catalogue never lists, shows or carts them, published or not.
import { readDb, type ReadDb } from '@/lib/db/replica';

/** On the primary by default (the cart checks it before taking money); the catalogue passes readDb(). */
export async function levelCourseIds(from: Pick<ReadDb, 'languageLevel'> = readDb().$primary()): Promise<string[]> {
  const levels = await from.languageLevel.findMany({ select: { courseId: true } });
  return levels.map((l) => l.courseId);
}
