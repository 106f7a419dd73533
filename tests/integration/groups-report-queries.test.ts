// issue 25: a final report costs the same number of SQL statements for 10 participants as for
// 200 (no query per participant), from the frozen rows to the admin's download with its charts.
import { describe, expect, it, vi } from 'vitest';
import { countQueries, db } from '@/lib/db/client';
import { progressOf } from '@/lib/groups/report/participants-progress';
import { reportForAdmin } from '@/lib/groups/report/final-reports';
import { finalReportPdf, finalReportXlsx } from '@/lib/groups/report/report-export';
import { approvedReport, groupWithResults } from './report-fixture';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

async function reportQueries(n: number) {
  const g = await groupWithResults(n);
  const reportId = await approvedReport(g.groupId, g.uploadId);
  const group = await db().group.findUniqueOrThrow({ where: { id: g.groupId }, select: { courseId: true } });
  const counter = countQueries();
  try {
    const progress = await progressOf(g.groupId, group.courseId, g.uploadId);
    const report = await reportForAdmin(g.admin, g.groupId, reportId);
    expect(progress).toHaveLength(n);
    expect(report!.rows).toHaveLength(n);
    expect(report!.rows.filter((r) => r.certificateNumber).length).toBeGreaterThan(0);
    await finalReportXlsx(report!.rows, report!.meta);
    await finalReportPdf(report!.rows, report!.meta, report!.dashboard);
    return counter.count;
  } finally {
    await counter.stop();
  }
}

describe('final report queries', () => {
  it('do not grow with the participants', { timeout: 120_000 }, async () => {
    const small = await reportQueries(10);
    const large = await reportQueries(200);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
