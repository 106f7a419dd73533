// The public catalogue: published courses only, for the listing and the course page (programme included).
// Read from the replica when there is one (lib/db/replica.ts): nobody reads it right after their own
// write, and a course published a moment ago may show a moment later. The cart re-reads on the primary.
import { readDb } from '@/lib/db/replica';
import { searchTerm } from '@/lib/db/like';
import { levelCourseIds } from './level-courses';
import type { CourseLanguage } from './rules/course-language';

export async function listPublishedCourses(
  opts: { take?: number; category?: string; q?: string; language?: CourseLanguage | null } = {},
) {
  const q = searchTerm(opts.q);
  return readDb().course.findMany({
    where: {
      published: true,
      id: { notIn: await levelCourseIds(readDb()) },
      ...(opts.category ? { category: { slug: opts.category } } : {}),
      ...(opts.language ? { language: opts.language } : {}),
      ...(q
        ? { OR: [{ title: { contains: q, mode: 'insensitive' } }, { summary: { contains: q, mode: 'insensitive' } }] }
        : {}),
    },
    orderBy: { title: 'asc' },
    take: opts.take,
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      priceGross: true,
      currency: true,
      accessMonths: true,
      language: true,
      category: { select: { name: true, slug: true } },
    },
  });
}
export type CourseCard = Awaited<ReturnType<typeof listPublishedCourses>>[number];

/** The languages the published catalogue's courses are taught in (the filter offers only these). */
export async function listTaughtLanguages(): Promise<string[]> {
  const rows = await readDb().course.findMany({
    where: { published: true, id: { notIn: await levelCourseIds(readDb()) } },
    distinct: ['language'],
    select: { language: true },
  });
  return rows.map((r) => r.language);
}

export function listCategories() {
  return readDb().category.findMany({ orderBy: { name: 'asc' }, select: { slug: true, name: true } });
}

export async function getPublishedCourse(slug: string) {
  return readDb().course.findFirst({
    where: { slug, published: true, id: { notIn: await levelCourseIds(readDb()) } },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      description: true,
      syllabus: true,
      accessMonths: true,
      passMarkPercent: true,
      maxAttempts: true,
      timeLimitMinutes: true,
      testRequiresLessons: true,
      language: true,
      // The programme when the syllabus is empty: modules with their lessons, as learners will see them.
      modules: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          title: true,
          lessons: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, title: true, minutes: true } },
        },
      },
      priceGross: true,
      currency: true,
      category: { select: { name: true, slug: true } },
      offers: {
        where: { active: true },
        orderBy: { seats: 'asc' },
        select: { id: true, seats: true, priceGross: true },
      },
    },
  });
}
