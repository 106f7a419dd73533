import { EmailButton, EmailLayout } from './layout';

// Goes to the address from the list's template. No passwords: participants get one-time links
// (by e-mail or on printed slips) from the group page.
export type AccountsCreatedProps = {
  companyName: string;
  courseTitle: string;
  created: number;
  seatsLeft: number;
  link: string;
};

export const subject = (p: AccountsCreatedProps) => `Konta uczestników utworzone — ${p.courseTitle}`;

export function AccountsCreatedEmail(p: AccountsCreatedProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry,</p>
      <p>
        dla firmy <strong>{p.companyName}</strong> utworzyliśmy konta uczestników kursu <strong>{p.courseTitle}</strong>
        : {p.created}.
      </p>
      <p>W pakiecie zostało wolnych kont: {p.seatsLeft}. Każdy uczestnik ma dostęp przez 2 miesiące.</p>
      <p>
        Na stronie grupy wyślesz uczestnikom zaproszenia e-mailem albo wydrukujesz kartki z kodem QR — każdy ustawi
        własne hasło. Ze względów bezpieczeństwa nie wysyłamy haseł e-mailem.
      </p>
      <EmailButton href={p.link}>Przekaż dostęp uczestnikom</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: AccountsCreatedProps) =>
  `Dzień dobry,\n\ndla firmy ${p.companyName} utworzyliśmy konta uczestników kursu „${p.courseTitle}”: ${p.created}.\n` +
  `W pakiecie zostało wolnych kont: ${p.seatsLeft}. Każdy uczestnik ma dostęp przez 2 miesiące.\n\n` +
  `Zaproszenia e-mailem albo kartki z kodem QR (każdy ustawi własne hasło) przygotujesz na stronie grupy: ${p.link}\nZe względów bezpieczeństwa nie wysyłamy haseł e-mailem.\n\n— Planeta`;

// `comment`: the staff's note on the report, if any (older queued messages have none).
export type ReportApprovedProps = { firstName: string; courseTitle: string; link: string; comment?: string | null };

export const reportSubject = (p: ReportApprovedProps) => `Raport końcowy gotowy — ${p.courseTitle}`;

export function ReportApprovedEmail(p: ReportApprovedProps) {
  return (
    <EmailLayout title={reportSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        raport końcowy szkolenia <strong>{p.courseTitle}</strong> jest gotowy: uczestnicy, wyniki testu końcowego i
        numery zaświadczeń.
      </p>
      {p.comment && <p>Komentarz zespołu Planety: {p.comment}</p>}
      <EmailButton href={p.link}>Pobierz raport</EmailButton>
    </EmailLayout>
  );
}

export const reportText = (p: ReportApprovedProps) =>
  `Dzień dobry ${p.firstName},\n\nraport końcowy szkolenia „${p.courseTitle}” jest gotowy (Excel i PDF) na stronie grupy: ${p.link}\n${p.comment ? `\nKomentarz zespołu Planety: ${p.comment}\n` : ''}\n— Planeta`;
