// The on-line courses (recorded materials with consultations, O1–O2) among what is being ordered:
// the checkout names each beside the early-start consent, which for them removes the right of
// withdrawal altogether (digital content, art. 38 pt 13 — On-Line §7.2 / O5).
import { db } from '@/lib/db/client';

export type OnlineCourseNote = { title: string; months: number };

export async function onlineCoursesIn(courseSlugs: string[]): Promise<OnlineCourseNote[]> {
  if (courseSlugs.length === 0) return [];
  const rows = await db().course.findMany({
    where: { slug: { in: [...new Set(courseSlugs)] }, consultationMonths: { not: null } },
    orderBy: { title: 'asc' },
    select: { title: true, consultationMonths: true },
  });
  return rows.map((r) => ({ title: r.title, months: r.consultationMonths! }));
}
