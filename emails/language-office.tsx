// The language school's office thread by e-mail: the office is told a learner wrote (with a link to
// answer in the panel), the learner that the office answered (with a link to Strefa Słuchacza).
import { EmailButton, EmailLayout } from './layout';

export type OfficeMessageProps = {
  learnerName: string;
  learnerEmail: string;
  body: string;
  fileCount: number;
  sentAt: string;
  link: string;
};
export type OfficeAnswerProps = { firstName: string; body: string; fileCount: number; sentAt: string; link: string };

const quote = { whiteSpace: 'pre-wrap', borderLeft: '3px solid #cbd5e1', paddingLeft: 12 } as const;
const files = (n: number) => (n === 0 ? '' : n === 1 ? 'Dołączono 1 plik.' : `Dołączono ${n} pliki.`);

export const messageSubject = ({ learnerName }: OfficeMessageProps) => `Nowa wiadomość od słuchacza: ${learnerName}`;

export function OfficeMessageEmail(p: OfficeMessageProps) {
  return (
    <EmailLayout title={messageSubject(p)}>
      <p>
        {p.learnerName} ({p.learnerEmail}) napisał(a) do sekretariatu szkoły językowej ({p.sentAt}):
      </p>
      <p style={quote}>{p.body}</p>
      {p.fileCount > 0 && <p>{files(p.fileCount)} Pliki są do pobrania w panelu.</p>}
      <EmailButton href={p.link}>Odpowiedz w panelu</EmailButton>
    </EmailLayout>
  );
}

export const messageText = (p: OfficeMessageProps) =>
  `${p.learnerName} (${p.learnerEmail}) napisał(a) do sekretariatu szkoły językowej (${p.sentAt}):\n\n${p.body}\n\n` +
  `${p.fileCount > 0 ? `${files(p.fileCount)} Pliki są do pobrania w panelu.\n\n` : ''}Odpowiedz w panelu: ${p.link}`;

export const answerSubject = () => 'Odpowiedź sekretariatu szkoły językowej';

export function OfficeAnswerEmail(p: OfficeAnswerProps) {
  return (
    <EmailLayout title={answerSubject()}>
      <p>Dzień dobry {p.firstName},</p>
      <p>sekretariat szkoły odpowiedział na Twoją wiadomość ({p.sentAt}):</p>
      <p style={quote}>{p.body}</p>
      {p.fileCount > 0 && <p>{files(p.fileCount)} Pobierzesz je w Strefie Słuchacza.</p>}
      <EmailButton href={p.link}>Otwórz wiadomości</EmailButton>
      <p>Odpowiedz w Strefie Słuchacza, nie na ten e-mail.</p>
    </EmailLayout>
  );
}

export const answerText = (p: OfficeAnswerProps) =>
  `Dzień dobry ${p.firstName},\n\nsekretariat szkoły odpowiedział na Twoją wiadomość (${p.sentAt}):\n\n${p.body}\n\n` +
  `${p.fileCount > 0 ? `${files(p.fileCount)} Pobierzesz je w Strefie Słuchacza.\n\n` : ''}` +
  `Wiadomości: ${p.link}\nOdpowiedz w Strefie Słuchacza, nie na ten e-mail.\n\n— Planeta`;
