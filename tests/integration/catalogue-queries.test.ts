// The catalogue's loaders in one statement each (lib/catalog/courses.ts) read what the Prisma
// queries they replaced read: the listing under every filter (category, language, a search with
// LIKE's wildcards in it, a limit), the categories, the taught languages, and every course's page
// with its programme in order and only its active offers; level courses never; one statement each.
import { describe, expect, it, vi } from 'vitest';
import { countQueries, db } from '@/lib/db/client';
import { seedDemoData } from '@/lib/demo/seed';
import { seedLearningContent } from '@/lib/demo/learning-content';
import { levelCourseIds } from '@/lib/catalog/level-courses';
import { catalogueListing, getPublishedCourse, listPublishedCourses } from '@/lib/catalog/courses';
import { COURSE_LANGUAGES, type CourseLanguage } from '@/lib/catalog/rules/course-language';
import { searchTerm } from '@/lib/db/like';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  emailsDispatched: async () => {},
  enqueueMany: async () => {},
}));

const card = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  priceGross: true,
  currency: true,
  accessMonths: true,
  language: true,
  category: { select: { name: true, slug: true } },
} as const;

type Filter = { take?: number; category?: string; q?: string; language?: CourseLanguage | null };

/** What listPublishedCourses sent before: the level courses' ids, then Prisma's findMany. */
async function prismaListing(opts: Filter) {
  const q = searchTerm(opts.q);
  return db().course.findMany({
    where: {
      published: true,
      id: { notIn: await levelCourseIds() },
      ...(opts.category ? { category: { slug: opts.category } } : {}),
      ...(opts.language ? { language: opts.language } : {}),
      ...(q
        ? { OR: [{ title: { contains: q, mode: 'insensitive' } }, { summary: { contains: q, mode: 'insensitive' } }] }
        : {}),
    },
    orderBy: { title: 'asc' },
    take: opts.take,
    select: card,
  });
}

async function prismaCourse(slug: string) {
  return db().course.findFirst({
    where: { slug, published: true, id: { notIn: await levelCourseIds() } },
    select: {
      ...card,
      description: true,
      syllabus: true,
      passMarkPercent: true,
      maxAttempts: true,
      timeLimitMinutes: true,
      testRequiresLessons: true,
      modules: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          title: true,
          lessons: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, title: true, minutes: true } },
        },
      },
      offers: {
        where: { active: true },
        orderBy: { seats: 'asc' },
        select: { id: true, seats: true, priceGross: true },
      },
    },
  });
}

describe('the catalogue loaders', () => {
  it('read what the Prisma queries read, in one statement each', async () => {
    await seedDemoData();
    await seedLearningContent();
    // A course with a search's wildcards in its title, modules out of order, an inactive offer,
    // and one unpublished: what the demo lacks.
    const category = await db().category.create({ data: { slug: 'proba', name: 'Próba' } });
    const made = await db().course.create({
      data: {
        slug: 'rabat-50',
        title: 'Rabat 50% na_szkolenie',
        summary: 'Zniżka',
        description: 'Opis',
        syllabus: [],
        categoryId: category.id,
        priceGross: 5000,
        language: 'de',
        offers: {
          create: [
            { seats: 1, priceGross: 5000 },
            { seats: 30, priceGross: 1, active: false },
          ],
        },
        modules: {
          create: [
            { position: 2, title: 'Drugi', lessons: { create: [{ position: 1, title: 'B', body: '' }] } },
            {
              position: 1,
              title: 'Pierwszy',
              lessons: {
                create: [
                  { position: 2, title: 'A2', body: '', minutes: 5 },
                  { position: 1, title: 'A1', body: '' },
                ],
              },
            },
          ],
        },
      },
    });
    await db().course.create({
      data: {
        slug: 'ukryty',
        title: 'Ukryty',
        summary: 's',
        description: 'd',
        syllabus: [],
        categoryId: category.id,
        priceGross: 100,
        published: false,
      },
    });
    const levels = await levelCourseIds();
    expect(levels.length).toBeGreaterThan(0);

    const categories = await db().category.findMany({ orderBy: { name: 'asc' }, select: { slug: true, name: true } });
    const filters: Filter[] = [
      {},
      { take: 6 },
      { take: 2, language: 'pl' },
      ...COURSE_LANGUAGES.map((language) => ({ language })),
      ...categories.map((c) => ({ category: c.slug })),
      { category: 'bhp', language: 'en' },
      { q: 'angiel' },
      { q: 'ANGIEL' },
      { q: '50%' },
      { q: '5_%' },
      { q: 'r_b' },
      { q: 'zniżka' },
      { q: '  ' },
      { category: 'nie-ma' },
    ];
    const taught = [...new Set((await prismaListing({})).map((c) => c.language))].sort();
    expect(taught).toContain('de');
    for (const f of filters) {
      const expected = await prismaListing(f);
      expect(await listPublishedCourses(f), JSON.stringify(f)).toEqual(expected);
      const listing = await catalogueListing(f);
      expect(listing.courses, JSON.stringify(f)).toEqual(expected);
      expect(listing.categories).toEqual(categories);
      expect([...listing.taught].sort()).toEqual(taught);
    }
    expect((await listPublishedCourses({ q: '50%' })).map((c) => c.id)).toEqual([made.id]);
    expect(await listPublishedCourses({ q: 'r_b' })).toEqual([]);

    const slugs = (await db().course.findMany({ select: { slug: true } })).map((c) => c.slug);
    expect(slugs).toContain('ukryty');
    for (const slug of [...slugs, 'nie-ma'])
      expect(await getPublishedCourse(slug), slug).toEqual(await prismaCourse(slug));
    const own = await getPublishedCourse('rabat-50');
    expect(own?.modules.map((m) => [m.title, m.lessons.map((l) => l.title)])).toEqual([
      ['Pierwszy', ['A1', 'A2']],
      ['Drugi', ['B']],
    ]);
    expect(own?.offers.map((o) => o.seats)).toEqual([1]);
    expect(await getPublishedCourse('ukryty')).toBeNull();

    const counter = countQueries();
    try {
      await catalogueListing({ q: 'bhp', language: 'pl', category: 'bhp' });
      expect(counter.count).toBe(1);
      await getPublishedCourse('bhp-pracownicy-biurowi');
      expect(counter.count).toBe(2);
    } finally {
      await counter.stop();
    }
  });
});
