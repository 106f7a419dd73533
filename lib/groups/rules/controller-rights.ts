// The company's rights as controller of its participants' data (issue 16, RODO art. 28 ust. 3 lit. g):
// when it may have the data deleted now, when the platform deletes it by itself, and what the
// export of the data holds. Pure: the service loads the rows and passes `now`.
import { addMonthsWarsaw } from '@/lib/format/time';
import type { Period } from '@/lib/retention/rules/table';

export type UploadFacts = {
  status: string;
  report: { status: string; approvedAt: Date | null } | null;
};

export type DeletionRefusal = { reason: 'people.controller.reportNotApproved' | 'people.controller.nothingToDelete' };

/** The lists whose accounts exist: each gets its own final report two months later. */
const provisioned = (uploads: readonly UploadFacts[]) => uploads.filter((u) => u.status === 'PROVISIONED');

/**
 * The agreement's § 8 ust. 2: at the controller's request, made after the service ended and the
 * final report was handed over (§ 8 ust. 1, § 4: the service lasts until the report), the processor
 * returns the data and deletes it. The report is handed over when staff approve it, so every list
 * with accounts must have an approved report; a list still running keeps the whole group's data.
 */
export function deletionRefusal(uploads: readonly UploadFacts[]): DeletionRefusal | null {
  const lists = provisioned(uploads);
  if (lists.length === 0) return { reason: 'people.controller.nothingToDelete' };
  if (lists.some((u) => u.report?.status !== 'APPROVED' || !u.report.approvedAt))
    return { reason: 'people.controller.reportNotApproved' };
  return null;
}

/** The instant `p` after `start`: the inverse of the retention table's `cutoff`. */
export function periodEnd(p: Period, start: Date): Date {
  switch (p.unit) {
    case 'hours':
      return new Date(start.getTime() + p.n * 3_600_000);
    case 'days':
      return new Date(start.getTime() + p.n * 86_400_000);
    case 'months':
      return addMonthsWarsaw(start, p.n);
    case 'years':
      return addMonthsWarsaw(start, 12 * p.n);
  }
}

/**
 * When the daily retention job anonymises the participants by itself (lib/groups/retention.ts: a
 * person goes once every report of their lists was approved longer than the period ago): the last
 * approval plus the period. Null while a report is still to come — the date is not known yet.
 */
export function automaticDeletionAt(uploads: readonly UploadFacts[], keep: Period): Date | null {
  if (deletionRefusal(uploads)) return null;
  const last = Math.max(...provisioned(uploads).map((u) => u.report!.approvedAt!.getTime()));
  return periodEnd(keep, new Date(last));
}

/** One participant as loaded for the export: the group's own enrolment only. */
export type LoadedParticipant = {
  firstName: string;
  lastName: string;
  login: string | null;
  email: string | null;
  accountCreatedAt: Date;
  firstLoginAt: Date | null;
  lastLoginAt: Date | null;
  deactivatedAt: Date | null;
  addedToGroupAt: Date;
  enrolment: {
    startsAt: Date;
    endsAt: Date | null;
    lessons: { title: string; completedAt: Date }[];
    attempts: {
      number: number;
      startedAt: Date;
      submittedAt: Date | null;
      percent: number | null;
      passed: boolean | null;
    }[];
    certificate: { number: string; issuedAt: Date; scorePercent: number } | null;
  } | null;
};

export type ExportMeta = { groupId: string; companyName: string; courseTitle: string; generatedAt: Date };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** uczestnicy.json: what the platform holds about each participant for this group, ISO dates. */
export function participantsExport(meta: ExportMeta, people: readonly LoadedParticipant[]) {
  return {
    group: { id: meta.groupId, company: meta.companyName, course: meta.courseTitle },
    generatedAt: meta.generatedAt.toISOString(),
    participants: people.map((p) => ({
      firstName: p.firstName,
      lastName: p.lastName,
      login: p.login,
      email: p.email,
      accountCreatedAt: p.accountCreatedAt.toISOString(),
      addedToGroupAt: p.addedToGroupAt.toISOString(),
      firstLoginAt: iso(p.firstLoginAt),
      lastLoginAt: iso(p.lastLoginAt),
      deactivatedAt: iso(p.deactivatedAt),
      access: p.enrolment ? { from: p.enrolment.startsAt.toISOString(), until: iso(p.enrolment.endsAt) } : null,
      lessonsDone: (p.enrolment?.lessons ?? [])
        .slice()
        .sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime())
        .map((l) => ({ lesson: l.title, completedAt: l.completedAt.toISOString() })),
      testAttempts: (p.enrolment?.attempts ?? [])
        .slice()
        .sort((a, b) => a.number - b.number)
        .map((a) => ({
          number: a.number,
          startedAt: a.startedAt.toISOString(),
          submittedAt: iso(a.submittedAt),
          scorePercent: a.percent,
          passed: a.passed,
        })),
      certificate: p.enrolment?.certificate
        ? {
            number: p.enrolment.certificate.number,
            issuedAt: p.enrolment.certificate.issuedAt.toISOString(),
            scorePercent: p.enrolment.certificate.scorePercent,
          }
        : null,
    })),
  };
}

export type ParticipantsExport = ReturnType<typeof participantsExport>;
