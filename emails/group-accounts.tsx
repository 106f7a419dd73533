import { EmailButton, EmailLayout } from './layout';

// Goes to the address from the list's template. No passwords: those are downloaded from the
// group page by its signed-in admins.
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
        Loginy i hasła pobierzesz po zalogowaniu ze strony grupy (Excel lub PDF do druku). Ze względów bezpieczeństwa
        nie wysyłamy haseł e-mailem.
      </p>
      <EmailButton href={p.link}>Pobierz dane logowania</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: AccountsCreatedProps) =>
  `Dzień dobry,\n\ndla firmy ${p.companyName} utworzyliśmy konta uczestników kursu „${p.courseTitle}”: ${p.created}.\n` +
  `W pakiecie zostało wolnych kont: ${p.seatsLeft}. Każdy uczestnik ma dostęp przez 2 miesiące.\n\n` +
  `Loginy i hasła pobierzesz po zalogowaniu ze strony grupy: ${p.link}\nZe względów bezpieczeństwa nie wysyłamy haseł e-mailem.\n\n— Planeta`;

// Sent to one participant, to their own address, only when the company admin asks for it.
export type ParticipantCredentialsProps = {
  firstName: string;
  courseTitle: string;
  companyName: string;
  login: string;
  password: string;
  link: string;
};

export const credentialsSubject = (p: ParticipantCredentialsProps) => `Twoje konto na kursie ${p.courseTitle}`;

export function ParticipantCredentialsEmail(p: ParticipantCredentialsProps) {
  return (
    <EmailLayout title={credentialsSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        {p.companyName} zapisała Cię na kurs <strong>{p.courseTitle}</strong>. Twoje dane logowania:
      </p>
      <p>
        Login: <strong>{p.login}</strong>
        <br />
        Hasło: <strong>{p.password}</strong>
      </p>
      <p>Po pierwszym zalogowaniu możesz ustawić własne hasło. Dostęp trwa 2 miesiące.</p>
      <EmailButton href={p.link}>Zaloguj się</EmailButton>
    </EmailLayout>
  );
}

export const credentialsText = (p: ParticipantCredentialsProps) =>
  `Dzień dobry ${p.firstName},\n\n${p.companyName} zapisała Cię na kurs „${p.courseTitle}”.\nLogin: ${p.login}\nHasło: ${p.password}\n\n` +
  `Po pierwszym zalogowaniu możesz ustawić własne hasło. Dostęp trwa 2 miesiące.\nLogowanie: ${p.link}\n\n— Planeta`;

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
