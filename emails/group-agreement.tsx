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
      <p>Możesz teraz potwierdzić listę uczestników — konta zostaną utworzone od razu.</p>
      <EmailButton href={p.link}>Przejdź do grupy</EmailButton>
    </EmailLayout>
  );
}

export const acceptedText = (p: AgreementAcceptedProps) =>
  `Dzień dobry ${p.firstName},\n\nzaakceptowaliśmy umowę powierzenia przetwarzania danych osobowych dla kursu „${p.courseTitle}”.\n` +
  `Możesz teraz potwierdzić listę uczestników: ${p.link}\n\n— Planeta`;

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
      <p>Popraw umowę i prześlij skan ponownie na stronie grupy.</p>
      <EmailButton href={p.link}>Prześlij umowę ponownie</EmailButton>
    </EmailLayout>
  );
}

export const rejectedText = (p: AgreementRejectedProps) =>
  `Dzień dobry ${p.firstName},\n\nnie możemy przyjąć przesłanej umowy powierzenia dla kursu „${p.courseTitle}”.\nPowód: ${p.reason}\n\n` +
  `Popraw umowę i prześlij skan ponownie: ${p.link}\n\n— Planeta`;
