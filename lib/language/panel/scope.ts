// Which programme the staff's language panel shows (?program=slug, else the first one) with its
// levels in order and each level test's pass mark: the frame every panel page filters within.
import { db } from '@/lib/db/client';

export type PanelLevel = {
  id: string;
  position: number;
  cefr: string;
  title: string;
  courseId: string;
  passMark: number;
};
export type PanelScope = {
  programme: { id: string; slug: string; title: string };
  programmes: { slug: string; title: string }[];
  levels: PanelLevel[];
};

export async function panelScope(slug?: string): Promise<PanelScope | null> {
  const programmes = await db().languageProgramme.findMany({
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, slug: true, title: true },
  });
  const programme = programmes.find((p) => p.slug === slug) ?? programmes[0];
  if (!programme) return null;
  const levels = await db().languageLevel.findMany({
    where: { programmeId: programme.id },
    orderBy: { position: 'asc' },
    select: { id: true, position: true, cefr: true, title: true, courseId: true },
  });
  const courses = await db().course.findMany({
    where: { id: { in: levels.map((l) => l.courseId) } },
    select: { id: true, passMarkPercent: true },
  });
  const passMark = new Map(courses.map((c) => [c.id, c.passMarkPercent]));
  return {
    programme,
    programmes: programmes.map((p) => ({ slug: p.slug, title: p.title })),
    levels: levels.map((l) => ({ ...l, passMark: passMark.get(l.courseId) ?? 0 })),
  };
}

/** A name/e-mail search as a Prisma filter on the user (case-insensitive), or nothing when empty. */
export function userSearch(q: string | undefined) {
  const s = q?.trim();
  if (!s) return undefined;
  const like = { contains: s, mode: 'insensitive' as const };
  return { OR: [{ firstName: like }, { lastName: like }, { email: like }] };
}
