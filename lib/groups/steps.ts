// The six steps of a group purchase as the admin's stepper shows them: done, to do now,
// waiting for someone else, or later — with the next thing to do.
import type { AgreementStatus, ReportStatus, UploadStatus } from '@/lib/db/generated/enums';
import { groups as t } from '@/lib/i18n/pl/groups';

export type StepState = 'done' | 'current' | 'waiting' | 'later';
export type Step = {
  key: 'zakup' | 'umowa' | 'lista' | 'konta' | 'nauka' | 'raport';
  title: string;
  state: StepState;
  hint: string;
};

type Input = {
  agreement: { status: AgreementStatus } | null;
  uploads: { status: UploadStatus; rowCount: number; validCount: number; report: { status: ReportStatus } | null }[];
  seatsLeft: number;
};

/** A preview the admin can confirm: every row valid and enough seats left (one with errors only waits to be replaced). */
export const confirmable = (u: { status: UploadStatus; rowCount: number; validCount: number }, seatsLeft: number) =>
  u.status === 'PREVIEW' && u.rowCount > 0 && u.validCount === u.rowCount && u.rowCount <= seatsLeft;

export function groupSteps({ agreement, uploads, seatsLeft }: Input): Step[] {
  const provisioned = uploads.filter((u) => u.status === 'PROVISIONED');
  const previews = uploads.filter((u) => confirmable(u, seatsLeft));
  const accepted = agreement?.status === 'ACCEPTED';
  const agreementStep: Step = !agreement
    ? { key: 'umowa', title: t.steps.agreement, state: 'current', hint: 'Pobierz projekt, podpisz i prześlij skan.' }
    : agreement.status === 'SUBMITTED'
      ? { key: 'umowa', title: t.steps.agreement, state: 'waiting', hint: 'Czeka na sprawdzenie przez zespół Planety.' }
      : accepted
        ? { key: 'umowa', title: t.steps.agreement, state: 'done', hint: 'Zaakceptowana.' }
        : { key: 'umowa', title: t.steps.agreement, state: 'current', hint: 'Odrzucona — popraw i prześlij ponownie.' };
  const listStep: Step =
    !agreement || agreement.status === 'REJECTED'
      ? { key: 'lista', title: t.steps.list, state: 'later', hint: 'Po przesłaniu umowy.' }
      : previews.length > 0 && !accepted
        ? { key: 'lista', title: t.steps.list, state: 'done', hint: 'Przesłana — potwierdzisz ją po akceptacji umowy.' }
        : previews.length > 0
          ? { key: 'lista', title: t.steps.list, state: 'current', hint: 'Sprawdź podgląd listy i potwierdź.' }
          : provisioned.length > 0
            ? {
                key: 'lista',
                title: t.steps.list,
                state: 'done',
                hint:
                  seatsLeft > 0 ? `Możesz dodać kolejną listę (wolne: ${seatsLeft}).` : 'Wszystkie konta wykorzystane.',
              }
            : uploads.some((u) => u.status === 'PREVIEW')
              ? {
                  key: 'lista',
                  title: t.steps.list,
                  state: 'current',
                  hint: 'Lista ma błędy — popraw plik i prześlij ponownie.',
                }
              : { key: 'lista', title: t.steps.list, state: 'current', hint: 'Pobierz szablon, wypełnij i prześlij.' };
  const accountsStep: Step =
    provisioned.length > 0
      ? { key: 'konta', title: t.steps.accounts, state: 'done', hint: 'Pobierz dane logowania.' }
      : previews.length > 0 && !accepted
        ? { key: 'konta', title: t.steps.accounts, state: 'waiting', hint: 'Po akceptacji umowy.' }
        : previews.length > 0
          ? { key: 'konta', title: t.steps.accounts, state: 'current', hint: 'Potwierdź listę, aby utworzyć konta.' }
          : { key: 'konta', title: t.steps.accounts, state: 'later', hint: 'Po potwierdzeniu listy.' };
  const reports = provisioned.map((u) => u.report);
  const learningStep: Step =
    provisioned.length === 0
      ? { key: 'nauka', title: t.steps.learning, state: 'later', hint: '2 miesiące od utworzenia kont.' }
      : reports.every((r) => r)
        ? { key: 'nauka', title: t.steps.learning, state: 'done', hint: 'Okres nauki zakończony.' }
        : { key: 'nauka', title: t.steps.learning, state: 'current', hint: 'Uczestnicy się uczą — śledź postępy.' };
  const reportStep: Step =
    provisioned.length === 0 || reports.every((r) => !r)
      ? { key: 'raport', title: t.steps.report, state: 'later', hint: '2 miesiące po utworzeniu kont.' }
      : reports.some((r) => r?.status === 'APPROVED')
        ? {
            key: 'raport',
            title: t.steps.report,
            state: 'done',
            hint: reports.some((r) => r?.status === 'IN_REVIEW')
              ? 'Pobierz raport; kolejny czeka na sprawdzenie.'
              : 'Pobierz raport.',
          }
        : { key: 'raport', title: t.steps.report, state: 'waiting', hint: 'Raport czeka na sprawdzenie.' };
  return [
    { key: 'zakup', title: t.steps.purchase, state: 'done', hint: 'Opłacone.' },
    agreementStep,
    listStep,
    accountsStep,
    learningStep,
    reportStep,
  ];
}
