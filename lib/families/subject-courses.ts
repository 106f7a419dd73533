// Subjects are courses: one unpublished Course per subject in the "Szkoła polska za granicą"
// category, studied in the ordinary player (/nauka/<slug>). A package or a trial gives the
// child's own account enrolments to the courses of its class and package.
import type { Tx } from '@/lib/db/client';
import { newRowId, type Sql } from '@/lib/db/sql';
import { compareSubjects, isSubjectCode, SUBJECT_NAMES, type SubjectCode } from '@/lib/families/rules/subjects';
import { messages } from '@/lib/i18n';

export const FAMILY_CATEGORY = { slug: 'szkola-polska-za-granica', name: messages().families.categoryName };

/** JEZYK_POLSKI → "szkola-jezyk-polski". */
export function subjectCourseSlug(code: SubjectCode): string {
  return `szkola-${code.toLowerCase().replace(/_/g, '-')}`;
}

export const ALL_SUBJECTS = Object.keys(SUBJECT_NAMES) as SubjectCode[];

/** "szkola-jezyk-polski" → JEZYK_POLSKI; null for a course that is no school subject. */
export function subjectOfCourseSlug(slug: string): SubjectCode | null {
  if (!slug.startsWith('szkola-')) return null;
  const code = slug.slice('szkola-'.length).replace(/-/g, '_').toUpperCase();
  return isSubjectCode(code) && subjectCourseSlug(code) === slug ? code : null;
}

/**
 * Orders a list of courses so school subjects come first, in the school's order; other courses
 * keep their place after them (Array.prototype.sort is stable). Enrolments granted in one
 * transaction share their creation time, so without this their order was the database's whim.
 */
export function compareSubjectCourses(a: { slug: string }, b: { slug: string }): number {
  const [x, y] = [subjectOfCourseSlug(a.slug), subjectOfCourseSlug(b.slug)];
  if (x && y) return compareSubjects(x, y);
  return x ? -1 : y ? 1 : 0;
}

type SubjectGrant = {
  userId: string;
  subjects: readonly SubjectCode[];
  startsAt: Date;
  endsAt: Date;
  orderItemId?: string;
};
type ExistingEnrolment = { status: 'ACTIVE' | 'REVOKED'; endsAt: Date | null };

/** An existing enrolment is extended, never shortened (a paid year after a trial); a revoked or
 *  lapsed one starts again. */
export function extendedSubjectAccess(
  existing: ExistingEnrolment,
  input: SubjectGrant,
): { endsAt: Date | null; restart: boolean } {
  const keep = existing.status === 'ACTIVE' && existing.endsAt && existing.endsAt > input.endsAt;
  return {
    endsAt: keep ? existing.endsAt : input.endsAt,
    restart: existing.status === 'REVOKED' || (existing.endsAt !== null && existing.endsAt <= input.startsAt),
  };
}

/** Gives the child's account the subject courses from `startsAt` until `endsAt` (exclusive). */
export async function grantSubjectCourses(tx: Tx, input: SubjectGrant): Promise<number> {
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
        data: {
          userId: input.userId,
          courseId: c.id,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          orderItemId: input.orderItemId,
        },
      });
      continue;
    }
    const next = extendedSubjectAccess(existing, input);
    await tx.enrolment.update({
      where: { id: existing.id },
      data: {
        status: 'ACTIVE',
        endsAt: next.endsAt,
        ...(input.orderItemId ? { orderItemId: input.orderItemId } : {}),
        ...(next.restart ? { startsAt: input.startsAt } : {}),
      },
    });
  }
  return courses.length;
}

/** The same grant inside the plain-SQL payment transaction. */
export async function grantSubjectCoursesSql(sql: Sql, input: SubjectGrant): Promise<number> {
  const { rows } = await sql.query<{
    courseId: string;
    id: string | null;
    status: 'ACTIVE' | 'REVOKED' | null;
    endsAt: Date | null;
  }>(
    `SELECT c."id" AS "courseId", e."id", e."status", e."endsAt"
       FROM "Course" c LEFT JOIN "Enrolment" e ON e."courseId" = c."id" AND e."userId" = $1
      WHERE c."slug" = ANY($2::text[])`,
    [input.userId, input.subjects.map(subjectCourseSlug)],
  );
  for (const r of rows) {
    if (!r.id || !r.status) {
      await sql.query(
        `INSERT INTO "Enrolment" ("id", "userId", "courseId", "startsAt", "endsAt", "orderItemId") VALUES ($1, $2, $3, $4, $5, $6)`,
        [newRowId(), input.userId, r.courseId, input.startsAt, input.endsAt, input.orderItemId ?? null],
      );
      continue;
    }
    const next = extendedSubjectAccess({ status: r.status, endsAt: r.endsAt }, input);
    await sql.query(
      `UPDATE "Enrolment" SET "status" = 'ACTIVE', "endsAt" = $2, "orderItemId" = COALESCE($3, "orderItemId"),
              "startsAt" = CASE WHEN $4 THEN $5 ELSE "startsAt" END
        WHERE "id" = $1`,
      [r.id, next.endsAt, input.orderItemId ?? null, next.restart, input.startsAt],
    );
  }
  return rows.length;
}
