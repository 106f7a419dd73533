// A privacy request's e-mails: the receipt with its 30-day term (to the person), the notice to
// staff, and staff's decision with the reply.
import { EmailButton, EmailLayout } from './layout';

export type PrivacyRequestProps = {
  number: string;
  name: string;
  kind: string;
  details: string;
  receivedAt: string;
  lastDay: string;
  link: string;
};
export type PrivacyDecisionProps = { number: string; name: string; kind: string; refused: boolean; reply: string };

const quote = { whiteSpace: 'pre-wrap', borderLeft: '3px solid #cbd5e1', paddingLeft: 12 } as const;

export const receivedSubject = (p: PrivacyRequestProps) => `Otrzymaliśmy Twój wniosek ${p.number} — Planeta`;

export function PrivacyRequestReceivedEmail(p: PrivacyRequestProps) {
  return (
    <EmailLayout title={receivedSubject(p)}>
      <p>Dzień dobry {p.name},</p>
      <p>
        {p.receivedAt} otrzymaliśmy Twój wniosek ({p.kind}) o numerze <strong>{p.number}</strong>. Odpowiemy najpóźniej{' '}
        {p.lastDay} (art. 12 ust. 3 RODO), na ten adres e-mail.
      </p>
      <p style={quote}>{p.details}</p>
    </EmailLayout>
  );
}

export const receivedText = (p: PrivacyRequestProps) =>
  `Dzień dobry ${p.name},\n\n${p.receivedAt} otrzymaliśmy Twój wniosek (${p.kind}) o numerze ${p.number}. ` +
  `Odpowiemy najpóźniej ${p.lastDay} (art. 12 ust. 3 RODO), na ten adres e-mail.\n\n${p.details}\n\n— Planeta`;

export const staffSubject = (p: PrivacyRequestProps) => `Wniosek RODO ${p.number}: ${p.kind} — termin ${p.lastDay}`;

export function PrivacyRequestStaffEmail(p: PrivacyRequestProps) {
  return (
    <EmailLayout title={staffSubject(p)}>
      <p>
        Nowy wniosek od <strong>{p.name}</strong> ({p.kind}), otrzymany {p.receivedAt}. Termin odpowiedzi: {p.lastDay}.
      </p>
      <p style={quote}>{p.details}</p>
      <EmailButton href={p.link}>Otwórz wniosek</EmailButton>
    </EmailLayout>
  );
}

export const staffText = (p: PrivacyRequestProps) =>
  `Nowy wniosek od ${p.name} (${p.kind}), otrzymany ${p.receivedAt}. Termin odpowiedzi: ${p.lastDay}.\n\n` +
  `${p.details}\n\n${p.link}`;

export const decidedSubject = (p: PrivacyDecisionProps) => `Odpowiedź na wniosek ${p.number} — Planeta`;

export function PrivacyRequestDecidedEmail(p: PrivacyDecisionProps) {
  return (
    <EmailLayout title={decidedSubject(p)}>
      <p>Dzień dobry {p.name},</p>
      <p>
        {p.refused
          ? `nie możemy spełnić Twojego wniosku ${p.number} (${p.kind}). Uzasadnienie:`
          : `Twój wniosek ${p.number} (${p.kind}) został rozpatrzony. Nasza odpowiedź:`}
      </p>
      <p style={quote}>{p.reply}</p>
      <p>
        Jeśli nie zgadzasz się z odpowiedzią, możesz wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych (ul.
        Stawki 2, 00-193 Warszawa, uodo.gov.pl).
      </p>
    </EmailLayout>
  );
}

export const decidedText = (p: PrivacyDecisionProps) =>
  `Dzień dobry ${p.name},\n\n` +
  (p.refused
    ? `nie możemy spełnić Twojego wniosku ${p.number} (${p.kind}). Uzasadnienie:\n\n`
    : `Twój wniosek ${p.number} (${p.kind}) został rozpatrzony. Nasza odpowiedź:\n\n`) +
  `${p.reply}\n\nJeśli nie zgadzasz się z odpowiedzią, możesz wnieść skargę do Prezesa UODO (ul. Stawki 2, ` +
  `00-193 Warszawa, uodo.gov.pl).\n\n— Planeta`;
