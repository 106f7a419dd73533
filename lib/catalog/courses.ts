import { db } from '@/lib/db/client';

export function listPublishedCourses(opts: { take?: number } = {}) {
  return db().course.findMany({
    where: { published: true },
    orderBy: { title: 'asc' },
    take: opts.take,
    select: {
      id: true, slug: true, title: true, summary: true, priceGross: true, currency: true, accessMonths: true,
      category: { select: { name: true, slug: true } },
    },
  });
}
export type CourseCard = Awaited<ReturnType<typeof listPublishedCourses>>[number];
