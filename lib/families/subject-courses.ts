// Subjects are courses: one unpublished Course per subject in the "Szkoła polska za granicą"
// category, studied in the ordinary player (/nauka/<slug>). A package or a trial gives the
// child's own account enrolments to the courses of its class and package.
import type { Tx } from '@/lib/db/client';
import { SUBJECT_NAMES, type SubjectCode } from '@/lib/families/subjects';

export const FAMILY_CATEGORY = { slug: 'szkola-polska-za-granica', name: 'Szkoła polska za granicą' };

/** JEZYK_POLSKI → "szkola-jezyk-polski". */
export function subjectCourseSlug(code: SubjectCode): string {
  return `szkola-${code.toLowerCase().replace(/_/g, '-')}`;
}

export const ALL_SUBJECTS = Object.keys(SUBJECT_NAMES) as SubjectCode[];

/**
 * Gives the child's account the subject courses from `startsAt` until `endsAt` (exclusive).
 * An existing enrolment is extended, never shortened (a paid year after a trial).
 */
export async function grantSubjectCourses(
  tx: Tx,
  input: { userId: string; subjects: readonly SubjectCode[]; startsAt: Date; endsAt: Date; orderItemId?: string },
): Promise<number> {
  const courses = await tx.course.findMany({
    where: { slug: { in: input.subjects.map(subjectCourseSlug) } },
    select: { id: true },
  });
  for (const c of courses) {
    const existing = await tx.enrolment.findUnique({
      where: { userId_courseId: { userId: input.userId, courseId: c.id } },
      select: { id: true, status: true, endsAt: true },
    });
    if (!existing) {
      await tx.enrolment.create({
        data: { userId: input.userId, courseId: c.id, startsAt: input.startsAt, endsAt: input.endsAt, orderItemId: input.orderItemId },
      });
      continue;
    }
    const keep = existing.status === 'ACTIVE' && existing.endsAt && existing.endsAt > input.endsAt;
    await tx.enrolment.update({
      where: { id: existing.id },
      data: {
        status: 'ACTIVE',
        endsAt: keep ? existing.endsAt : input.endsAt,
        ...(input.orderItemId ? { orderItemId: input.orderItemId } : {}),
        ...(existing.status === 'REVOKED' || (existing.endsAt && existing.endsAt <= input.startsAt) ? { startsAt: input.startsAt } : {}),
      },
    });
  }
  return courses.length;
}
