// A provisioned group of `n` participants with learning behind them, and its final report
// built and approved: for the query-count test and the final-report bench.
import { db } from '@/lib/db/client';
import { createUpload } from '@/lib/groups/list/uploads';
import { provisionUpload } from '@/lib/groups/accounts/provisioning';
import { buildDueReports } from '@/lib/groups/report/final-reports';
import { listXlsx, makeGroup, uniqueName } from './groups-fixtures';

/** Three months after the accounts: past the report's two-month mark. */
export const REPORT_TIME = () => new Date(Date.now() + 92 * 86_400_000);

/** Two participants in three took the test (every other one passed and has a certificate). */
export async function groupWithResults(n: number) {
  const g = await makeGroup(n);
  const rows = Array.from({ length: n }, () => ({ firstName: uniqueName(), lastName: uniqueName() }));
  const upload = await createUpload(g.admin, g.groupId, { name: 'lista.xlsx', bytes: await listXlsx(rows) });
  await provisionUpload(g.admin, g.groupId, upload!.id);
  await db().$executeRaw`
    INSERT INTO "TestAttempt" ("id", "enrolmentId", "number", "seed", "questionIds", "startedAt", "submittedAt", "percent", "passed")
    SELECT 'a' || e."id", e."id", 1, 's', '{}', now(), now(), (40 + (x.i % 60))::float, x.i % 2 = 0
      FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS i FROM "Enrolment" WHERE "groupId" = ${g.groupId}) x
      JOIN "Enrolment" e ON e."id" = x."id"
     WHERE x.i % 3 <> 0`;
  await db().$executeRaw`
    INSERT INTO "Certificate" ("id", "number", "enrolmentId", "fullName", "courseTitle", "scorePercent", "issuedAt")
    SELECT 'c' || a."enrolmentId", 'C/' || a."enrolmentId", a."enrolmentId", 'Imię Nazwisko', 'Kurs', a."percent", now()
      FROM "TestAttempt" a JOIN "Enrolment" e ON e."id" = a."enrolmentId"
     WHERE e."groupId" = ${g.groupId} AND a."passed"`;
  await db().$executeRaw`
    INSERT INTO "LessonProgress" ("id", "enrolmentId", "lessonId", "completedAt")
    SELECT 'p' || e."id", e."id", l."id", now()
      FROM "Enrolment" e JOIN "CourseModule" m ON m."courseId" = e."courseId" JOIN "Lesson" l ON l."moduleId" = m."id"
     WHERE e."groupId" = ${g.groupId}`;
  return { ...g, uploadId: upload!.id };
}

/** The group's report built at REPORT_TIME and approved (staff's review is not what is measured). */
export async function approvedReport(groupId: string, uploadId: string): Promise<string> {
  await buildDueReports(REPORT_TIME());
  const r = await db().finalReport.update({
    where: { uploadId },
    data: { status: 'APPROVED' },
    select: { id: true, groupId: true },
  });
  if (r.groupId !== groupId) throw new Error('report of another group');
  return r.id;
}
