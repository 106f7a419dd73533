// The facts behind the group dashboard, read set-based: three statements whatever the group's size
// (the course's lesson count and pass mark; one row per participant; lesson completions per Warsaw
// day). No per-participant queries — tests/integration/group-dashboard.test.ts counts them.
import { Prisma } from '@/lib/db/generated/client';
import { db } from '@/lib/db/client';
import { readDb } from '@/lib/db/replica';
import type { ParticipantFacts } from './rules/aggregates';

export type DashboardFacts = {
  lessons: number;
  passMark: number;
  participants: (ParticipantFacts & { userId: string; startsAt: Date | null; endsAt: Date | null })[];
  /** Lesson completions per Warsaw calendar day (YYYY-MM-DD), oldest first. */
  completions: { day: string; count: number }[];
};

export type FactsScope = {
  groupId: string;
  courseId: string;
  /** One list's accounts only (the final report is per list). */
  uploadId?: string;
  /** Only what had happened by then (the final report is drawn as of the day it was built). */
  asOf?: Date;
};

type ParticipantRow = {
  userId: string;
  loggedIn: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
  lessonsDone: number;
  lastLessonAt: Date | null;
  bestScore: number | null;
  passed: boolean;
};

/** The group's facts for the dashboard; the caller has checked the viewer may see the group. */
export async function dashboardFacts({ groupId, courseId, uploadId, asOf }: FactsScope): Promise<DashboardFacts> {
  const inUpload = uploadId ? Prisma.sql`AND gp."uploadId" = ${uploadId}` : Prisma.empty;
  const doneBy = asOf ? Prisma.sql`AND lp."completedAt" <= ${asOf}` : Prisma.empty;
  const scoredBy = asOf ? Prisma.sql`AND ta."submittedAt" <= ${asOf}` : Prisma.empty;
  // Without a login trail, "had logged in by then" is: the last login was by then, or they had done
  // something that needs one (a lesson or an attempt — counted by participantState).
  const loggedIn = asOf
    ? Prisma.sql`(u."lastLoginAt" IS NOT NULL AND u."lastLoginAt" <= ${asOf})`
    : Prisma.sql`(u."lastLoginAt" IS NOT NULL)`;
  // The final report's facts are as of a past day, which a replica's lag cannot change: they are
  // read there (raw SQL goes to the primary unless sent with $replica()); the live dashboard is not.
  const from = asOf ? readDb().$replica() : db();
  const [course, participants, completions] = await Promise.all([
    from.$queryRaw<{ lessons: number; passMark: number }[]>`
      SELECT c."passMarkPercent" AS "passMark",
             (SELECT count(*)::int FROM "Lesson" l JOIN "CourseModule" m ON m."id" = l."moduleId"
               WHERE m."courseId" = c."id") AS "lessons"
        FROM "Course" c WHERE c."id" = ${courseId}`,
    from.$queryRaw<ParticipantRow[]>`
      SELECT gp."userId", ${loggedIn} AS "loggedIn", e."startsAt", e."endsAt",
             COALESCE(p."done", 0)::int AS "lessonsDone", p."lastAt" AS "lastLessonAt",
             a."best" AS "bestScore", COALESCE(a."passed", false) AS "passed"
        FROM "GroupParticipant" gp
        JOIN "User" u ON u."id" = gp."userId"
        LEFT JOIN "Enrolment" e ON e."userId" = gp."userId" AND e."courseId" = ${courseId}
        LEFT JOIN LATERAL (
          SELECT count(*) AS "done", max(lp."completedAt") AS "lastAt"
            FROM "LessonProgress" lp WHERE lp."enrolmentId" = e."id" ${doneBy}
        ) p ON true
        LEFT JOIN LATERAL (
          SELECT max(ta."percent") AS "best", bool_or(ta."passed") AS "passed"
            FROM "TestAttempt" ta WHERE ta."enrolmentId" = e."id" AND ta."percent" IS NOT NULL ${scoredBy}
        ) a ON true
       WHERE gp."groupId" = ${groupId} ${inUpload}`,
    from.$queryRaw<{ day: string; count: number }[]>`
      SELECT to_char(lp."completedAt" AT TIME ZONE 'Europe/Warsaw', 'YYYY-MM-DD') AS "day", count(*)::int AS "count"
        FROM "GroupParticipant" gp
        JOIN "Enrolment" e ON e."userId" = gp."userId" AND e."courseId" = ${courseId}
        JOIN "LessonProgress" lp ON lp."enrolmentId" = e."id"
       WHERE gp."groupId" = ${groupId} ${inUpload} ${doneBy}
       GROUP BY 1 ORDER BY 1`,
  ]);
  const lessons = course[0]?.lessons ?? 0;
  return {
    lessons,
    passMark: course[0]?.passMark ?? 0,
    participants: participants.map((p) => ({
      ...p,
      lessonsDone: Math.min(p.lessonsDone, lessons),
      bestScore: p.bestScore === null ? null : Number(p.bestScore),
    })),
    completions,
  };
}
