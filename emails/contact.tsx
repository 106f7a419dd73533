// The contact form's two e-mails: the message to staff (reply-to the sender by hand) and the
// sender's confirmation with a copy of what they wrote.
import { EmailLayout } from './layout';

export type ContactStaffProps = { name: string; email: string; topic: string; message: string; signedIn: boolean };
export type ContactConfirmationProps = { name: string; topic: string; message: string };

export const staffSubject = ({ topic, name }: ContactStaffProps) => `Formularz kontaktowy: ${topic} — ${name}`;

export function ContactStaffEmail(p: ContactStaffProps) {
  return (
    <EmailLayout title={staffSubject(p)}>
      <p>
        Nowa wiadomość z formularza kontaktowego od <strong>{p.name}</strong> ({p.email})
        {p.signedIn ? ', zalogowanego użytkownika' : ''}.
      </p>
      <p>Temat: {p.topic}</p>
      <p style={{ whiteSpace: 'pre-wrap', borderLeft: '3px solid #cbd5e1', paddingLeft: 12 }}>{p.message}</p>
      <p>Odpowiedz na adres {p.email}.</p>
    </EmailLayout>
  );
}

export const staffText = (p: ContactStaffProps) =>
  `Wiadomość z formularza kontaktowego od ${p.name} (${p.email})${p.signedIn ? ', zalogowany' : ''}.\n` +
  `Temat: ${p.topic}\n\n${p.message}\n\nOdpowiedz na adres ${p.email}.`;

export const confirmationSubject = () => 'Otrzymaliśmy Twoją wiadomość — Planeta';

export function ContactConfirmationEmail(p: ContactConfirmationProps) {
  return (
    <EmailLayout title={confirmationSubject()}>
      <p>Dzień dobry {p.name},</p>
      <p>dziękujemy za wiadomość. Odpowiemy na ten adres e-mail, zwykle w ciągu dwóch dni roboczych.</p>
      <p>Temat: {p.topic}</p>
      <p style={{ whiteSpace: 'pre-wrap', borderLeft: '3px solid #cbd5e1', paddingLeft: 12 }}>{p.message}</p>
    </EmailLayout>
  );
}

export const confirmationText = (p: ContactConfirmationProps) =>
  `Dzień dobry ${p.name},\n\ndziękujemy za wiadomość. Odpowiemy na ten adres e-mail, zwykle w ciągu dwóch dni roboczych.\n\n` +
  `Temat: ${p.topic}\n\n${p.message}\n\n— Planeta`;
