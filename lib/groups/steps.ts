// The six steps of a group purchase as the admin's stepper shows them: done, to do now,
// waiting for someone else, or later — with the next thing to do.
import type { AgreementMethod, AgreementStatus, ReportStatus, UploadStatus } from '@/lib/db/generated/enums';
import { messages } from '@/lib/i18n';

export type StepState = 'done' | 'current' | 'waiting' | 'later';
export type Step = {
  key: 'zakup' | 'umowa' | 'lista' | 'konta' | 'nauka' | 'raport';
  title: string;
  state: StepState;
  hint: string;
  /** Where the step's card leads: its section below, or the page where the next thing is done. */
  href?: string;
};

type Input = {
  agreement: { status: AgreementStatus; method?: AgreementMethod } | null;
  uploads: {
    id?: string;
    status: UploadStatus;
    rowCount: number;
    validCount: number;
    report: { status: ReportStatus } | null;
  }[];
  seatsLeft: number;
  groupId?: string;
  /** The reader's language (Polish when not given). */
  locale?: string;
};

/** A preview the admin can confirm: every row valid and enough seats left (one with errors only waits to be replaced). */
export const confirmable = (u: { status: UploadStatus; rowCount: number; validCount: number }, seatsLeft: number) =>
  u.status === 'PREVIEW' && u.rowCount > 0 && u.validCount === u.rowCount && u.rowCount <= seatsLeft;

export function groupSteps({ agreement, uploads, seatsLeft, groupId, locale }: Input): Step[] {
  const t = messages(locale).groups;
  const h = t.stepHints;
  const provisioned = uploads.filter((u) => u.status === 'PROVISIONED');
  const previews = uploads.filter((u) => confirmable(u, seatsLeft));
  const accepted = agreement?.status === 'ACCEPTED';
  const agreementStep: Step = !agreement
    ? { key: 'umowa', title: t.steps.agreement, state: 'current', hint: h.agreementToSend }
    : agreement.status === 'SUBMITTED'
      ? {
          key: 'umowa',
          title: t.steps.agreement,
          state: 'waiting',
          hint: agreement.method === 'ELECTRONIC' ? h.agreementCountersign : h.agreementInReview,
        }
      : accepted
        ? { key: 'umowa', title: t.steps.agreement, state: 'done', hint: h.agreementAccepted }
        : { key: 'umowa', title: t.steps.agreement, state: 'current', hint: h.agreementRejected };
  // A preview that cannot be confirmed (errors, or more rows than seats left) is never shown as
  // done or "to confirm": the hint says what has to change, even when earlier lists have accounts.
  const blocked = uploads.filter((u) => u.status === 'PREVIEW' && !confirmable(u, seatsLeft));
  const blockedHint = (u: Input['uploads'][number]) =>
    u.validCount < u.rowCount
      ? h.listHasErrors
      : u.rowCount > seatsLeft
        ? h.listOverSeats(u.rowCount - seatsLeft, seatsLeft)
        : h.listEmpty;
  const open = previews[0] ?? blocked[0];
  const previewHref = groupId && open?.id ? `/grupy/${groupId}/lista/${open.id}` : undefined;
  const list = (state: StepState, hint: string): Step => ({
    key: 'lista',
    title: t.steps.list,
    state,
    hint,
    ...(state === 'current' && previewHref ? { href: previewHref } : {}),
  });
  const listStep: Step =
    !agreement || agreement.status === 'REJECTED'
      ? list('later', h.listAfterAgreement)
      : previews.length > 0 && !accepted
        ? list('done', h.listSent)
        : previews.length > 0
          ? list('current', h.listToConfirm)
          : blocked.length > 0
            ? list('current', blockedHint(blocked[0]))
            : provisioned.length > 0
              ? list('done', seatsLeft > 0 ? h.listMore(seatsLeft) : h.seatsUsed)
              : list('current', h.listToSend);
  const accountsStep: Step =
    provisioned.length > 0
      ? { key: 'konta', title: t.steps.accounts, state: 'done', hint: h.accountsReady }
      : previews.length > 0 && !accepted
        ? { key: 'konta', title: t.steps.accounts, state: 'waiting', hint: h.accountsAfterAgreement }
        : previews.length > 0
          ? { key: 'konta', title: t.steps.accounts, state: 'current', hint: h.accountsToCreate }
          : { key: 'konta', title: t.steps.accounts, state: 'later', hint: h.accountsAfterList };
  const reports = provisioned.map((u) => u.report);
  const learningStep: Step =
    provisioned.length === 0
      ? { key: 'nauka', title: t.steps.learning, state: 'later', hint: h.learningLater }
      : reports.every((r) => r)
        ? { key: 'nauka', title: t.steps.learning, state: 'done', hint: h.learningDone }
        : { key: 'nauka', title: t.steps.learning, state: 'current', hint: h.learningNow };
  const reportStep: Step =
    provisioned.length === 0 || reports.every((r) => !r)
      ? { key: 'raport', title: t.steps.report, state: 'later', hint: h.reportLater }
      : reports.some((r) => r?.status === 'APPROVED')
        ? {
            key: 'raport',
            title: t.steps.report,
            state: 'done',
            hint: reports.some((r) => r?.status === 'IN_REVIEW') ? h.reportReadyMore : h.reportReady,
          }
        : { key: 'raport', title: t.steps.report, state: 'waiting', hint: h.reportInReview };
  return [
    { key: 'zakup', title: t.steps.purchase, state: 'done', hint: h.paid },
    agreementStep,
    listStep,
    accountsStep,
    learningStep,
    reportStep,
  ];
}
