// What /grupy/[id] shows, computed once: seats, the notices from the last redirect, the stepper,
// and each of the six steps' state. Plain data in (the group's rows), plain data out.
import type { AgreementMethod, AgreementStatus, ReportStatus, UploadStatus } from '@/lib/db/generated/enums';
import { groupFor, seatsLeft, type GroupView, type Viewer } from '@/lib/groups/group-access';
import { currentAgreement } from '@/lib/groups/agreement/agreements';
import { uploadsOf } from '@/lib/groups/list/uploads';
import { progressOf, type ParticipantProgress } from '@/lib/groups/report/participants-progress';
import { confirmable, groupSteps, type Step } from '@/lib/groups/steps';
import { formatDate, formatDateTime, formatLastDay } from '@/lib/format/time';
import { currentTime } from '@/lib/clock/clock';
import { formatPercent } from '@/lib/format/percent';
import { dashboardFacts } from '@/lib/groups/dashboard/group-dashboard';
import { groupDashboard, withPageDrawings, type GroupDashboard } from '@/lib/groups/dashboard/dashboard-model';

type Group = Pick<GroupView, 'id' | 'companyName' | 'seats' | 'seatsUsed' | 'active' | 'course' | 'orderItem'>;
type Agreement = {
  id: string;
  fileName: string;
  status: AgreementStatus;
  uploadedAt: Date;
  rejectionReason: string | null;
  method?: AgreementMethod;
  signerName?: string | null;
  receivedOn?: Date | null;
} | null;
type Upload = {
  id: string;
  fileName: string;
  status: UploadStatus;
  createdAt: Date;
  provisionedAt: Date | null;
  reportDueAt: Date | null;
  rowCount: number;
  validCount: number;
  _count: { participants: number };
  report: { id: string; status: ReportStatus; staffComment: string | null } | null;
};
export type GroupPageInput = {
  group: Group;
  agreement: Agreement;
  uploads: Upload[];
  participants: ParticipantProgress[] | null;
  query: { utworzono?: string; odrzucono?: string };
  /** The viewer owns the group: the course page's top-up box lists the owner's groups only. */
  ownedByViewer?: boolean;
  /** The tiles and charts on top (lib/groups/dashboard); null without participants. */
  dashboard?: GroupDashboard | null;
  /** The reader's language, for dates and percentages (Polish by default). */
  locale?: string;
};

export type UploadRow = {
  id: string;
  fileName: string;
  createdAt: string;
  rows: number;
  /** A preview with errors (or too many rows) cannot be confirmed, only replaced. */
  status: UploadStatus | 'PREVIEW_WITH_ERRORS';
};

export type ParticipantRow = {
  id: string;
  name: string;
  /** The login cut after each dot, so a long one may wrap there. */
  loginParts: string[];
  lastLoginAt: string | null;
  progress: string;
  test: { kind: 'none' } | { kind: 'passed' | 'failed'; score: number };
  certificateNumber: string;
  accessUntil: string;
  canSendCredentials: boolean;
};

export type ReportCard = {
  uploadId: string;
  fileName: string;
  people: number;
  provisionedOn: string;
  report:
    { state: 'due'; dueOn: string } | { state: 'review' } | { state: 'ready'; id: string; comment: string | null };
};

export type GroupPageModel = {
  id: string;
  courseTitle: string;
  companyName: string;
  order: { id: string; number: string; paidAt: string | null };
  seats: { bought: number; used: number; left: number };
  active: boolean;
  /** Accounts just created (after the confirm redirect), else 0. */
  created: number;
  discarded: boolean;
  steps: Step[];
  howItWorksOpen: boolean;
  /** "Dokup miejsca": the course page's top-up box (#dokup), for the owner of an active group. */
  topUpHref: string | null;
  agreement: {
    status: AgreementStatus | 'NONE';
    rejectionReason: string;
    scan: { id: string; fileName: string; uploadedAt: string } | null;
    canUpload: boolean;
    /** How the current agreement arrived; the accepted PDF is at /grupy/[id]/umowa/[agreementId]. */
    method: AgreementMethod | null;
    electronic: { id: string; signerName: string; acceptedAt: string } | null;
    receivedOn: string | null;
  };
  list: { canUpload: boolean; blocked: 'noSeats' | 'waitsForAgreement'; uploads: UploadRow[] };
  accounts: { provisioned: boolean; waitsForAcceptance: boolean };
  participants: ParticipantRow[];
  reports: ReportCard[];
  dashboard: GroupDashboard | null;
};

export function groupPageModel({
  group,
  agreement,
  uploads,
  participants,
  query,
  ownedByViewer = false,
  dashboard = null,
  locale,
}: GroupPageInput): GroupPageModel {
  const left = seatsLeft(group);
  const provisioned = uploads.filter((u) => u.status === 'PROVISIONED');
  const previews = uploads.filter((u) => confirmable(u, left));
  const created = Number(query.utworzono);
  const { order } = group.orderItem;
  return {
    id: group.id,
    courseTitle: group.course.title,
    companyName: group.companyName,
    order: { id: order.id, number: order.number, paidAt: order.paidAt ? formatDateTime(order.paidAt, locale) : null },
    seats: { bought: group.seats, used: group.seatsUsed, left },
    active: group.active,
    created: created > 0 ? created : 0,
    discarded: Boolean(query.odrzucono),
    steps: groupSteps({ agreement, uploads, seatsLeft: left, groupId: group.id, locale }),
    howItWorksOpen: provisioned.length === 0,
    topUpHref: ownedByViewer && group.active ? `/kursy/${group.course.slug}#dokup` : null,
    agreement: {
      status: agreement?.status ?? 'NONE',
      rejectionReason: agreement?.rejectionReason ?? '',
      scan:
        agreement && (agreement.method ?? 'SCAN') === 'SCAN'
          ? { id: agreement.id, fileName: agreement.fileName, uploadedAt: formatDateTime(agreement.uploadedAt, locale) }
          : null,
      canUpload: (!agreement || agreement.status === 'REJECTED') && group.active,
      method: agreement?.method ?? null,
      electronic:
        agreement?.method === 'ELECTRONIC'
          ? {
              id: agreement.id,
              signerName: agreement.signerName ?? '',
              acceptedAt: formatDateTime(agreement.uploadedAt, locale),
            }
          : null,
      receivedOn:
        agreement?.method === 'POST' && agreement.receivedOn ? formatDate(agreement.receivedOn, locale) : null,
    },
    list: {
      canUpload: group.active && left > 0 && !!agreement && agreement.status !== 'REJECTED',
      blocked: left === 0 ? 'noSeats' : 'waitsForAgreement',
      uploads: uploads.map((u) => ({
        id: u.id,
        fileName: u.fileName,
        createdAt: formatDateTime(u.createdAt, locale),
        rows: u.status === 'PROVISIONED' ? u._count.participants : u.rowCount,
        status: u.status === 'PREVIEW' && !confirmable(u, left) ? 'PREVIEW_WITH_ERRORS' : u.status,
      })),
    },
    accounts: {
      provisioned: provisioned.length > 0,
      waitsForAcceptance: previews.length > 0 && agreement?.status !== 'ACCEPTED',
    },
    participants: (participants ?? []).map((p) => ({
      id: p.id,
      name: `${p.firstName} ${p.lastName}`,
      loginParts: p.login.split(/(?<=\.)/),
      lastLoginAt: p.lastLoginAt ? formatDateTime(p.lastLoginAt, locale) : null,
      progress: `${formatPercent(p.percent, locale)} (${p.done}/${p.total})`,
      test: p.bestScore === null ? { kind: 'none' } : { kind: p.passed ? 'passed' : 'failed', score: p.bestScore },
      certificateNumber: p.certificateNumber ?? '—',
      // Access ends at the start of endsAt; the last day it is open is the one before.
      accessUntil: p.endsAt ? formatLastDay(p.endsAt, locale) : '—',
      canSendCredentials: !!p.email,
    })),
    reports: provisioned.map((u) => ({
      uploadId: u.id,
      fileName: u.fileName,
      people: u._count.participants,
      provisionedOn: u.provisionedAt ? formatDate(u.provisionedAt, locale) : '',
      report: !u.report
        ? { state: 'due', dueOn: u.reportDueAt ? formatDate(u.reportDueAt, locale) : '—' }
        : u.report.status === 'IN_REVIEW'
          ? { state: 'review' }
          : { state: 'ready', id: u.report.id, comment: u.report.staffComment },
    })),
    dashboard,
  };
}

/**
 * The page's one call: the group if the viewer may see it (else null → 404), as the page model;
 * the dashboard's charts in `locale`, the reader's language.
 */
export async function groupPage(
  viewer: Viewer,
  groupId: string,
  query: GroupPageInput['query'],
  locale?: string,
): Promise<GroupPageModel | null> {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  const [agreement, uploads, participants, dashboard] = await Promise.all([
    currentAgreement(groupId),
    uploadsOf(groupId),
    // The group was checked just above: its participants without asking for the group again.
    progressOf(groupId, group.course.id),
    // One statement, usually in before the table's rows: the charts are drawn while those come.
    dashboardFacts({ groupId, courseId: group.course.id }).then((facts) =>
      withPageDrawings(groupDashboard(facts, { seats: group.seats, now: currentTime(), locale })),
    ),
  ]);
  return groupPageModel({
    group,
    agreement,
    uploads,
    participants,
    query,
    ownedByViewer: group.ownerId === viewer.id,
    dashboard,
    locale,
  });
}
