// The public catalogue: published courses only, for the listing and the course page (programme included).
import { db } from '@/lib/db/client';
import { searchTerm } from '@/lib/db/like';
import { levelCourseIds } from './level-courses';

export async function listPublishedCourses(opts: { take?: number; category?: string; q?: string } = {}) {
  const q = searchTerm(opts.q);
  return db().course.findMany({
    where: {
      published: true,
      id: { notIn: await levelCourseIds() },
      ...(opts.category ? { category: { slug: opts.category } } : {}),
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
      category: { select: { name: true, slug: true } },
    },
  });
}
export type CourseCard = Awaited<ReturnType<typeof listPublishedCourses>>[number];

export function listCategories() {
  return db().category.findMany({ orderBy: { name: 'asc' }, select: { slug: true, name: true } });
}

export async function getPublishedCourse(slug: string) {
  return db().course.findFirst({
    where: { slug, published: true, id: { notIn: await levelCourseIds() } },
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
