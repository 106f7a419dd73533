// Step 6: two months after an upload's accounts were created, its final report is built and
// frozen, staff review it (comment, approve), and on approval the admin is told and can download.
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db/client';
import { readDb } from '@/lib/db/replica';
import { currentTime } from '@/lib/clock/clock';
import { absoluteUrl } from '@/lib/url';
import { isUniqueViolation, UserError } from '@/lib/errors';
import { queueEmail } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import type { ReportMeta, ReportRow } from './report-export';
import { progressOf } from './participants-progress';
import { groupFor, type Viewer } from '@/lib/groups/group-access';
import { dashboardFacts } from '@/lib/groups/dashboard/group-dashboard';
import { groupDashboard, type GroupDashboard } from '@/lib/groups/dashboard/dashboard-model';

type StoredRow = Omit<ReportRow, 'date'> & { date: string | null };

/** Builds the reports that are due; safe to run twice or on two instances (uploadId is unique). */
export async function buildDueReports(now = currentTime()): Promise<number> {
  const due = await db().participantUpload.findMany({
    where: { status: 'PROVISIONED', reportDueAt: { lte: now }, report: null },
    select: { id: true, groupId: true, group: { select: { courseId: true } } },
    take: 100,
  });
  let built = 0;
  for (const u of due) {
    const progress = await progressOf(u.groupId, u.group.courseId, u.id, readDb());
    const rows: StoredRow[] = progress.map((p) => ({
      firstName: p.firstName,
      lastName: p.lastName,
      login: p.login,
      score: p.bestScore,
      passed: p.passed,
      date: p.testDate?.toISOString() ?? null,
      certificateNumber: p.certificateNumber,
    }));
    try {
      await db().finalReport.create({ data: { groupId: u.groupId, uploadId: u.id, rows, builtAt: now } });
      built++;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // another worker built it a moment ago
    }
  }
  return built;
}

const toRows = (rows: unknown): ReportRow[] =>
  (rows as StoredRow[]).map((r) => ({ ...r, date: r.date ? new Date(r.date) : null }));

export async function reportQueue() {
  const reports = await db().finalReport.findMany({
    orderBy: [{ status: 'asc' }, { builtAt: 'asc' }],
    select: {
      id: true,
      status: true,
      builtAt: true,
      approvedAt: true,
      group: { select: { companyName: true, course: { select: { title: true } } } },
      upload: { select: { fileName: true, provisionedAt: true } },
      rows: true,
    },
  });
  return reports.map(({ rows, ...r }) => ({ ...r, participants: (rows as unknown[]).length }));
}

/** A report as staff review it. */
export async function reportForStaff(reportId: string) {
  const r = await db().finalReport.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      status: true,
      builtAt: true,
      staffComment: true,
      approvedAt: true,
      rows: true,
      group: { select: { id: true, companyName: true, course: { select: { title: true } } } },
      upload: { select: { fileName: true } },
    },
  });
  return r && { ...r, rows: toRows(r.rows) };
}

export async function commentReport(reportId: string, comment: string, staffId: string | null = null): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.finalReport.findUnique({
      where: { id: reportId },
      select: { groupId: true, staffComment: true },
    });
    const r = await tx.finalReport.updateMany({
      where: { id: reportId, status: 'IN_REVIEW' },
      data: { staffComment: comment || null },
    });
    if (r.count === 0 || !before) throw new UserError('groups.reportAlreadyApproved');
    await recordAudit(tx, {
      actorId: staffId,
      action: 'group.report.commented',
      objectType: 'group',
      objectId: before.groupId,
      before: { reportId, staffComment: before.staffComment },
      after: { reportId, staffComment: comment || null },
    });
  });
}

export async function approveReport(staffId: string, reportId: string, comment?: string): Promise<void> {
  const now = currentTime();
  const mailId = await db().$transaction(async (tx) => {
    const r = await tx.finalReport.updateMany({
      where: { id: reportId, status: 'IN_REVIEW' },
      data: {
        status: 'APPROVED',
        approvedById: staffId,
        approvedAt: now,
        ...(comment !== undefined ? { staffComment: comment || null } : {}),
      },
    });
    if (r.count === 0) throw new UserError('groups.reportAlreadyApproved');
    const report = await tx.finalReport.findUniqueOrThrow({
      where: { id: reportId },
      select: {
        groupId: true,
        staffComment: true,
        group: {
          select: {
            id: true,
            course: { select: { title: true } },
            owner: { select: { email: true, firstName: true } },
          },
        },
      },
    });
    await recordAudit(tx, {
      actorId: staffId,
      action: 'group.report.approved',
      objectType: 'group',
      objectId: report.groupId,
      before: { reportId, status: 'IN_REVIEW' },
      after: { reportId, status: 'APPROVED', staffComment: report.staffComment },
    });
    const owner = report.group.owner;
    if (!owner.email) return null;
    return queueEmail(tx, owner.email, 'group-report-approved', {
      firstName: owner.firstName,
      courseTitle: report.group.course.title,
      comment: report.staffComment,
      link: absoluteUrl(`/grupy/${report.group.id}`),
    });
  });
  if (mailId) await dispatchEmails([mailId]);
}

/**
 * An approved report for the group's admin (staff see any report of the group); its dashboard
 * in `locale`, the language the report is downloaded in.
 */
export async function reportForAdmin(
  viewer: Viewer,
  groupId: string,
  reportId: string,
  locale?: string,
): Promise<{ rows: ReportRow[]; meta: ReportMeta; dashboard: GroupDashboard | null } | null> {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  // Approved rows are frozen: the download (a 1000-row XLSX or PDF) reads them from the replica.
  const r = await readDb().finalReport.findFirst({
    where: { id: reportId, groupId, status: 'APPROVED' },
    select: { rows: true, builtAt: true, uploadId: true },
  });
  if (!r) return null;
  // The charts of the list's accounts as they stood the day the report was built (its frozen rows).
  const facts = await dashboardFacts({ groupId, courseId: group.course.id, uploadId: r.uploadId, asOf: r.builtAt });
  return {
    rows: toRows(r.rows),
    meta: { companyName: group.companyName, courseTitle: group.course.title, generatedAt: r.builtAt },
    dashboard: groupDashboard(facts, { seats: group.seats, now: r.builtAt, locale }),
  };
}
