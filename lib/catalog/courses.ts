// The public catalogue: published courses only, for the listing and the course page (programme included).
// Read from the replica when there is one (lib/db/replica.ts): nobody reads it right after their own
// write, and a course published a moment ago may show a moment later. The cart re-reads on the primary.
//
// Each page's read is ONE statement (bench catalogue): Prisma sent the level courses' ids first,
// then every nested select of its own — six statements for the catalogue, six for a course page
// (sent twice, by its metadata and by the page).
import { cache } from 'react';
import { Prisma } from '@/lib/db/generated/client';
import { readDb } from '@/lib/db/replica';
import { searchTerm } from '@/lib/db/like';
import type { CourseLanguage } from './rules/course-language';

export type CatalogueFilter = { take?: number; category?: string; q?: string; language?: CourseLanguage | null };

export type CourseCard = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  priceGross: number;
  currency: string;
  accessMonths: number | null;
  language: string;
  category: { name: string; slug: string };
};

/** Published and not a language school's level (./level-courses.ts): what the catalogue may show, as `c`. */
const LISTED = Prisma.sql`c."published" AND NOT EXISTS (SELECT 1 FROM "LanguageLevel" v WHERE v."courseId" = c."id")`;

/** The catalogue's courses (`c`, category `k`) matching the filter, as one JSON list ordered by title. */
function cardsJson(opts: CatalogueFilter): Prisma.Sql {
  const q = searchTerm(opts.q);
  const where = [LISTED];
  if (opts.category) where.push(Prisma.sql`k."slug" = ${opts.category}`);
  if (opts.language) where.push(Prisma.sql`c."language" = ${opts.language}`);
  // What Prisma's `contains` with `mode: 'insensitive'` sends; the term is already a LIKE literal.
  if (q) where.push(Prisma.sql`(c."title" ILIKE ${`%${q}%`} OR c."summary" ILIKE ${`%${q}%`})`);
  const limit = opts.take === undefined ? Prisma.empty : Prisma.sql`LIMIT ${opts.take}`;
  return Prisma.sql`coalesce((SELECT json_agg(to_json(t) ORDER BY t."title") FROM (
      SELECT c."id", c."slug", c."title", c."summary", c."priceGross", c."currency", c."accessMonths", c."language",
             json_build_object('name', k."name", 'slug', k."slug") AS "category"
      FROM "Course" c JOIN "Category" k ON k."id" = c."categoryId"
      WHERE ${Prisma.join(where, ' AND ')}
      ORDER BY c."title" ${limit}) t), '[]'::json)`;
}

export async function listPublishedCourses(opts: CatalogueFilter = {}): Promise<CourseCard[]> {
  const [row] = await readDb().$replica().$queryRaw<{ courses: CourseCard[] }[]>`
    SELECT ${cardsJson(opts)} AS "courses"`;
  return row!.courses;
}

export type CatalogueListing = {
  courses: CourseCard[];
  /** Every category, for the filter's select. */
  categories: { slug: string; name: string }[];
  /** The languages the published catalogue's courses are taught in (the filter offers only these). */
  taught: string[];
};

/** What /kursy shows: the filtered courses, the categories and the taught languages, in one statement. */
export async function catalogueListing(opts: CatalogueFilter = {}): Promise<CatalogueListing> {
  const [row] = await readDb().$replica().$queryRaw<CatalogueListing[]>`
    SELECT ${cardsJson(opts)} AS "courses",
           coalesce((SELECT json_agg(json_build_object('slug', k."slug", 'name', k."name") ORDER BY k."name")
                     FROM "Category" k), '[]'::json) AS "categories",
           ARRAY(SELECT DISTINCT c."language" FROM "Course" c WHERE ${LISTED}) AS "taught"`;
  return row!;
}

export type PublishedCourse = CourseCard & {
  description: string;
  syllabus: string[];
  passMarkPercent: number;
  maxAttempts: number;
  timeLimitMinutes: number | null;
  testRequiresLessons: boolean;
  /** The programme when the syllabus is empty: modules with their lessons, as learners will see them. */
  modules: { id: string; title: string; lessons: { id: string; title: string; minutes: number }[] }[];
  offers: { id: string; seats: number; priceGross: number }[];
};

/** A published course's page; cached per request, as its metadata and the page both ask. */
export const getPublishedCourse = cache(async (slug: string): Promise<PublishedCourse | null> => {
  const rows = await readDb().$replica().$queryRaw<PublishedCourse[]>`
    SELECT c."id", c."slug", c."title", c."summary", c."description", c."syllabus", c."accessMonths",
           c."passMarkPercent", c."maxAttempts", c."timeLimitMinutes", c."testRequiresLessons", c."language",
           c."priceGross", c."currency", json_build_object('name', k."name", 'slug', k."slug") AS "category",
           coalesce((SELECT json_agg(json_build_object('id', m."id", 'title', m."title", 'lessons',
                       coalesce((SELECT json_agg(json_build_object('id', l."id", 'title', l."title", 'minutes', l."minutes")
                                                 ORDER BY l."position", l."id")
                                 FROM "Lesson" l WHERE l."moduleId" = m."id"), '[]'::json))
                       ORDER BY m."position", m."id")
                     FROM "CourseModule" m WHERE m."courseId" = c."id"), '[]'::json) AS "modules",
           coalesce((SELECT json_agg(json_build_object('id', o."id", 'seats', o."seats", 'priceGross', o."priceGross")
                                     ORDER BY o."seats")
                     FROM "CourseOffer" o WHERE o."courseId" = c."id" AND o."active"), '[]'::json) AS "offers"
    FROM "Course" c JOIN "Category" k ON k."id" = c."categoryId"
    WHERE c."slug" = ${slug} AND ${LISTED}`;
  return rows[0] ?? null;
});
