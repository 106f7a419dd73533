// The facts behind the group dashboard, read set-based in ONE statement whatever the group's size:
// the course's lesson count and pass mark, one entry per participant and the lesson completions
// per Warsaw day. The group's lesson completions and scored attempts are each read once and grouped
// by hash (not looked up per participant), and the lists come back as JSON, which costs a page a
// single round trip and one JSON.parse instead of decoding a thousand rows.
// tests/integration/group-dashboard.test.ts counts the statements.
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

/** A participant as the statement's JSON gives it: instants as epoch milliseconds. */
type ParticipantJson = {
  userId: string;
  loggedIn: boolean;
  startsAt: number | null;
  endsAt: number | null;
  lessonsDone: number;
  lastLessonAt: number | null;
  bestScore: number | null;
  passed: boolean;
};

type FactsRow = {
  lessons: number | null;
  passMark: number | null;
  participants: ParticipantJson[] | null;
  completions: { day: string; count: number }[] | null;
};

const instant = (ms: number | null) => (ms === null ? null : new Date(ms));
/** Epoch milliseconds of a timestamptz, exact for its 3 decimals (JSON would drop the zone). */
const epochMs = (column: Prisma.Sql) => Prisma.sql`(extract(epoch FROM ${column}) * 1000)::bigint`;

/** The one statement behind dashboardFacts (exported so its plan can be looked at with EXPLAIN). */
export function factsStatement({ groupId, courseId, uploadId, asOf }: FactsScope): Prisma.Sql {
  const inUpload = uploadId ? Prisma.sql`AND gp."uploadId" = ${uploadId}` : Prisma.empty;
  const doneBy = asOf ? Prisma.sql`AND lp."completedAt" <= ${asOf}` : Prisma.empty;
  const scoredBy = asOf ? Prisma.sql`AND ta."submittedAt" <= ${asOf}` : Prisma.empty;
  // Without a login trail, "had logged in by then" is: the last login was by then, or they had done
  // something that needs one (a lesson or an attempt — counted by participantState).
  const loggedIn = asOf
    ? Prisma.sql`(u."lastLoginAt" IS NOT NULL AND u."lastLoginAt" <= ${asOf})`
    : Prisma.sql`(u."lastLoginAt" IS NOT NULL)`;
  // Shaped so that no plan depends on the planner's row estimates: a new group of 1000 that
  // autovacuum has not analysed yet is estimated at a few rows, and a join of two such estimated
  // sets becomes a nested loop rescanning one of them per row (1000 × 1000). So the enrolment is
  // one index lookup per participant (the LATERAL ... LIMIT 1 keeps it one: (userId, courseId) is
  // unique), the completions and attempts join base tables by their indexed enrolmentId, and the
  // participant's figures are gathered by one GROUP BY over a UNION ALL — no join of derived sets.
  return Prisma.sql`
    WITH people AS MATERIALIZED (
      SELECT gp."userId", ${loggedIn} AS "loggedIn", e."id" AS "enrolmentId", e."startsAt", e."endsAt"
        FROM "GroupParticipant" gp
        JOIN "User" u ON u."id" = gp."userId"
        LEFT JOIN LATERAL (
          SELECT e."id", e."startsAt", e."endsAt" FROM "Enrolment" e
           WHERE e."userId" = gp."userId" AND e."courseId" = ${courseId} LIMIT 1
        ) e ON true
       WHERE gp."groupId" = ${groupId} ${inUpload}
    ), done AS MATERIALIZED (
      SELECT p."userId", lp."completedAt"
        FROM people p JOIN "LessonProgress" lp ON lp."enrolmentId" = p."enrolmentId"
       WHERE true ${doneBy}
    ), facts AS (
      SELECT x."userId", bool_or(x."loggedIn") AS "loggedIn", max(x."startsAt") AS "startsAt",
             max(x."endsAt") AS "endsAt", count(x."completedAt")::int AS "done", max(x."completedAt") AS "lastAt",
             max(x."percent") AS "best", bool_or(x."passed") AS "passed"
        FROM (
          SELECT p."userId", p."loggedIn", p."startsAt", p."endsAt",
                 NULL::timestamptz AS "completedAt", NULL::float8 AS "percent", NULL::boolean AS "passed"
            FROM people p
          UNION ALL
          SELECT d."userId", NULL, NULL, NULL, d."completedAt", NULL, NULL FROM done d
          UNION ALL
          SELECT p."userId", NULL, NULL, NULL, NULL, ta."percent", ta."passed"
            FROM people p JOIN "TestAttempt" ta ON ta."enrolmentId" = p."enrolmentId"
           WHERE ta."percent" IS NOT NULL ${scoredBy}
        ) x
       GROUP BY x."userId"
    )
    SELECT c."passMarkPercent" AS "passMark",
           (SELECT count(*)::int FROM "Lesson" l JOIN "CourseModule" m ON m."id" = l."moduleId"
             WHERE m."courseId" = c."id") AS "lessons",
           (SELECT json_agg(json_build_object(
                     'userId', f."userId", 'loggedIn', f."loggedIn",
                     'startsAt', ${epochMs(Prisma.sql`f."startsAt"`)}, 'endsAt', ${epochMs(Prisma.sql`f."endsAt"`)},
                     'lessonsDone', f."done", 'lastLessonAt', ${epochMs(Prisma.sql`f."lastAt"`)},
                     'bestScore', f."best", 'passed', COALESCE(f."passed", false)))
              FROM facts f) AS "participants",
           -- Grouped by the Warsaw date first: the text key is then made once a day, not once a row.
           (SELECT json_agg(json_build_object('day', to_char(d."day", 'YYYY-MM-DD'), 'count', d."count") ORDER BY d."day")
              FROM (SELECT ("completedAt" AT TIME ZONE 'Europe/Warsaw')::date AS "day", count(*)::int AS "count"
                      FROM done GROUP BY 1) d) AS "completions"
      FROM "Course" c WHERE c."id" = ${courseId}`;
}

/** The group's facts for the dashboard; the caller has checked the viewer may see the group. */
export async function dashboardFacts(scope: FactsScope): Promise<DashboardFacts> {
  // The final report's facts are as of a past day, which a replica's lag cannot change: they are
  // read there (raw SQL goes to the primary unless sent with $replica()); the live dashboard is not.
  const from = scope.asOf ? readDb().$replica() : db();
  const [row] = await from.$queryRaw<FactsRow[]>(factsStatement(scope));
  const lessons = row?.lessons ?? 0;
  return {
    lessons,
    passMark: row?.passMark ?? 0,
    participants: (row?.participants ?? []).map((p) => ({
      ...p,
      startsAt: instant(p.startsAt),
      endsAt: instant(p.endsAt),
      lastLessonAt: instant(p.lastLessonAt),
      lessonsDone: Math.min(p.lessonsDone, lessons),
      bestScore: p.bestScore === null ? null : Number(p.bestScore),
    })),
    completions: row?.completions ?? [],
  };
}
