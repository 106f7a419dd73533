// The language school's programmes and their levels (each level is a Course): the one reader every
// part of lib/language uses to go from a slug or a level course to the programme and its sequence.
import { db } from '@/lib/db/client';

export type LevelRow = {
  id: string;
  position: number;
  cefr: string;
  title: string;
  courseId: string;
  courseSlug: string;
  hours: number;
};
export type ProgrammeRow = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  minAge: number;
  levels: LevelRow[];
};

/** The contracts' BillingOffer.product of a level's offers. */
export const LANGUAGE_PRODUCT = 'language';
/** The cookie holding an anonymous placement attempt's token (only its hash is stored). */
export const PLACEMENT_COOKIE = 'planeta_placement';

const programmeSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  minAge: true,
  levels: {
    orderBy: { position: 'asc' as const },
    select: {
      id: true,
      position: true,
      cefr: true,
      title: true,
      courseId: true,
      hours: true,
    },
  },
};

type ProgrammeRecord = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  minAge: number;
  levels: { id: string; position: number; cefr: string; title: string; courseId: string; hours: number }[];
};

async function withCourseSlugs(p: ProgrammeRecord): Promise<ProgrammeRow> {
  const courses = await db().course.findMany({
    where: { id: { in: p.levels.map((l) => l.courseId) } },
    select: { id: true, slug: true },
  });
  const slugOf = new Map(courses.map((c) => [c.id, c.slug]));
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    minAge: p.minAge,
    levels: p.levels.map((l) => ({
      id: l.id,
      position: l.position,
      cefr: l.cefr,
      title: l.title,
      courseId: l.courseId,
      courseSlug: slugOf.get(l.courseId) ?? '',
      hours: l.hours,
    })),
  };
}

export async function programmeBySlug(slug: string): Promise<ProgrammeRow | null> {
  const p = await db().languageProgramme.findUnique({ where: { slug }, select: programmeSelect });
  return p ? withCourseSlugs(p) : null;
}

/** The first published programme (by creation): the one the public pages show. */
export async function defaultProgramme(): Promise<ProgrammeRow | null> {
  const p = await db().languageProgramme.findFirst({
    where: { published: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: programmeSelect,
  });
  return p ? withCourseSlugs(p) : null;
}

/** The level a course is, with its programme; null for any course that is no level. */
export async function levelOfCourse(courseId: string): Promise<(LevelRow & { programmeId: string }) | null> {
  const l = await db().languageLevel.findUnique({
    where: { courseId },
    select: {
      id: true,
      position: true,
      cefr: true,
      title: true,
      courseId: true,
      hours: true,
      programmeId: true,
    },
  });
  if (!l) return null;
  const course = await db().course.findUniqueOrThrow({ where: { id: courseId }, select: { slug: true } });
  return {
    id: l.id,
    position: l.position,
    cefr: l.cefr,
    title: l.title,
    courseId: l.courseId,
    courseSlug: course.slug,
    hours: l.hours,
    programmeId: l.programmeId,
  };
}
