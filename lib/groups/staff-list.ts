// Staff's view across groups: where each group is in the six steps (for /panel/grupy and its
// filter), the groups an order bought, and the final reports coming up with their dates.
import { db } from '@/lib/db/client';
import { searchTerm } from '@/lib/db/like';
import { currentTime } from '@/lib/clock/clock';
import type { AgreementStatus, ReportStatus, UploadStatus } from '@/lib/db/generated/enums';

export const STAFF_GROUP_STATES = ['agreement', 'list', 'learning', 'report', 'done'] as const;
export type StaffGroupState = (typeof STAFF_GROUP_STATES)[number];

type StateInput = {
  agreements: { status: AgreementStatus }[];
  uploads: { status: UploadStatus; reportDueAt: Date | null; report: { status: ReportStatus } | null }[];
};

/**
 * The one state staff filter by: the agreement is not accepted yet; no list has accounts yet;
 * participants are learning; a final report is due (its date passed) or waits for review; done.
 */
export function staffGroupState({ agreements, uploads }: StateInput, now: Date): StaffGroupState {
  if (!agreements.some((a) => a.status === 'ACCEPTED')) return 'agreement';
  const provisioned = uploads.filter((u) => u.status === 'PROVISIONED');
  if (provisioned.length === 0) return 'list';
  const due = provisioned.some(
    (u) => u.report?.status === 'IN_REVIEW' || (!u.report && u.reportDueAt !== null && u.reportDueAt <= now),
  );
  if (due) return 'report';
  if (provisioned.some((u) => !u.report)) return 'learning';
  return 'done';
}

export type StaffGroupFilter = { state?: StaffGroupState; company?: string; courseId?: string };

export async function staffGroups(filter: StaffGroupFilter, now = currentTime()) {
  const company = searchTerm(filter.company);
  const groups = await db().group.findMany({
    where: {
      ...(filter.courseId ? { courseId: filter.courseId } : {}),
      ...(company ? { companyName: { contains: company, mode: 'insensitive' as const } } : {}),
    },
    orderBy: { createdAt: 'desc' },
    take: 500,
    select: {
      id: true,
      companyName: true,
      seats: true,
      seatsUsed: true,
      active: true,
      createdAt: true,
      course: { select: { id: true, title: true } },
      orderItem: { select: { order: { select: { id: true, number: true } } } },
      agreements: { select: { status: true } },
      uploads: {
        where: { status: 'PROVISIONED' },
        select: { status: true, reportDueAt: true, report: { select: { status: true } } },
      },
    },
  });
  return groups
    .map((g) => {
      const nextReport = g.uploads
        .filter((u) => !u.report && u.reportDueAt)
        .map((u) => u.reportDueAt!)
        .sort((a, b) => a.getTime() - b.getTime())[0];
      return {
        id: g.id,
        companyName: g.companyName,
        courseTitle: g.course.title,
        order: g.orderItem.order,
        seats: g.seats,
        seatsUsed: g.seatsUsed,
        active: g.active,
        createdAt: g.createdAt,
        state: staffGroupState(g, now),
        nextReportDue: nextReport ?? null,
      };
    })
    .filter((g) => !filter.state || g.state === filter.state);
}

/** The courses that have groups, for the filter. */
export function coursesWithGroups() {
  return db().course.findMany({
    where: { groups: { some: {} } },
    orderBy: { title: 'asc' },
    select: { id: true, title: true },
  });
}

/** The groups one order bought (one per package item), for the staff order page. */
export function groupsOfOrder(orderId: string) {
  return db().group.findMany({
    where: { orderItem: { orderId } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, companyName: true, seats: true, course: { select: { title: true } } },
  });
}

/** Final reports not built yet, soonest first: each list's accounts and the day its report is due. */
export function upcomingReports() {
  return db().participantUpload.findMany({
    where: { status: 'PROVISIONED', report: null, reportDueAt: { not: null } },
    orderBy: { reportDueAt: 'asc' },
    take: 200,
    select: {
      id: true,
      fileName: true,
      provisionedAt: true,
      reportDueAt: true,
      _count: { select: { participants: true } },
      group: { select: { id: true, companyName: true, course: { select: { title: true } } } },
    },
  });
}
