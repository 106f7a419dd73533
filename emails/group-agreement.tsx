import { EmailButton, EmailLayout } from './layout';

export type AgreementAcceptedProps = { firstName: string; courseTitle: string; link: string };
export type AgreementRejectedProps = AgreementAcceptedProps & { reason: string };

export const acceptedSubject = (p: AgreementAcceptedProps) => `Umowa powierzenia zaakceptowana — ${p.courseTitle}`;

export function AgreementAcceptedEmail(p: AgreementAcceptedProps) {
  return (
    <EmailLayout title={acceptedSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        zaakceptowaliśmy umowę powierzenia przetwarzania danych osobowych dla kursu <strong>{p.courseTitle}</strong>.
      </p>
      <p>
        Następny krok to lista uczestników (krok 3): jeśli jej jeszcze nie ma, pobierz szablon, wypełnij go i prześlij
        (albo wklej wiersze z Excela); jeśli lista już czeka, otwórz jej podgląd i potwierdź — konta powstaną od razu.
      </p>
      <EmailButton href={p.link}>Przejdź do listy uczestników</EmailButton>
    </EmailLayout>
  );
}

export const acceptedText = (p: AgreementAcceptedProps) =>
  `Dzień dobry ${p.firstName},\n\nzaakceptowaliśmy umowę powierzenia przetwarzania danych osobowych dla kursu „${p.courseTitle}”.\n` +
  `Następny krok to lista uczestników (krok 3): prześlij ją albo, jeśli już czeka, otwórz podgląd i potwierdź — konta powstaną od razu.\n` +
  `Strona grupy: ${p.link}\n\n— Planeta`;

export const rejectedSubject = (p: AgreementRejectedProps) => `Umowa powierzenia odrzucona — ${p.courseTitle}`;

export function AgreementRejectedEmail(p: AgreementRejectedProps) {
  return (
    <EmailLayout title={rejectedSubject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        nie możemy przyjąć przesłanej umowy powierzenia dla kursu <strong>{p.courseTitle}</strong>.
      </p>
      <p>
        Powód: <strong>{p.reason}</strong>
      </p>
      <p>
        Następny krok: na stronie grupy zaakceptuj umowę w serwisie (bez papieru) albo popraw ją i prześlij skan
        ponownie.
      </p>
      <EmailButton href={p.link}>Przejdź do umowy</EmailButton>
    </EmailLayout>
  );
}

export const rejectedText = (p: AgreementRejectedProps) =>
  `Dzień dobry ${p.firstName},\n\nnie możemy przyjąć przesłanej umowy powierzenia dla kursu „${p.courseTitle}”.\nPowód: ${p.reason}\n\n` +
  `Następny krok: zaakceptuj umowę w serwisie albo popraw ją i prześlij skan ponownie: ${p.link}\n\n— Planeta`;
