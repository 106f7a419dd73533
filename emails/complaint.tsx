// Complaint e-mails: to staff on receipt, the buyer's confirmation on a durable medium (what was
// filed and by when the answer is due), and the answer itself.
import { EmailButton, EmailLayout } from './layout';

export type ComplaintFiledProps = {
  number: string;
  name: string;
  email: string;
  orderNumber: string | null;
  description: string;
  demand: string;
  receivedAt: string;
  lastDay: string;
  link: string;
};
export type ComplaintAnswerProps = {
  number: string;
  name: string;
  orderNumber: string | null;
  answer: string;
  link: string | null;
};

const quote = { whiteSpace: 'pre-wrap', borderLeft: '3px solid #cbd5e1', paddingLeft: 12 } as const;

export const staffSubject = ({ number, lastDay }: ComplaintFiledProps) =>
  `Nowa reklamacja ${number} — odpowiedź do ${lastDay}`;

export function ComplaintStaffEmail(p: ComplaintFiledProps) {
  return (
    <EmailLayout title={staffSubject(p)}>
      <p>
        {p.name} ({p.email}) złożył(a) reklamację {p.number}
        {p.orderNumber ? ` dotyczącą zamówienia ${p.orderNumber}` : ''} — otrzymana {p.receivedAt}.
      </p>
      <p>
        <strong>Termin odpowiedzi: {p.lastDay}.</strong> Bez odpowiedzi w terminie reklamację konsumenta uważa się za
        uznaną (art. 7a ustawy o prawach konsumenta).
      </p>
      <p>Opis:</p>
      <p style={quote}>{p.description}</p>
      <p>Żądanie:</p>
      <p style={quote}>{p.demand}</p>
      <EmailButton href={p.link}>Odpowiedz w panelu</EmailButton>
    </EmailLayout>
  );
}

export const staffText = (p: ComplaintFiledProps) =>
  `Reklamacja ${p.number} od ${p.name} (${p.email})${p.orderNumber ? `, zamówienie ${p.orderNumber}` : ''}, ` +
  `otrzymana ${p.receivedAt}.\nTermin odpowiedzi: ${p.lastDay}.\n\nOpis:\n${p.description}\n\nŻądanie:\n${p.demand}\n\n${p.link}`;

export const confirmationSubject = ({ number }: ComplaintFiledProps) => `Przyjęliśmy reklamację ${number}`;

export function ComplaintConfirmationEmail(p: ComplaintFiledProps) {
  return (
    <EmailLayout title={confirmationSubject(p)}>
      <p>Dzień dobry {p.name},</p>
      <p>
        potwierdzamy otrzymanie reklamacji {p.number}
        {p.orderNumber ? ` dotyczącej zamówienia ${p.orderNumber}` : ''} w dniu {p.receivedAt}. Odpowiemy e-mailem
        najpóźniej do <strong>{p.lastDay}</strong> (14 dni od otrzymania). Jeśli nie odpowiemy w tym terminie,
        reklamację uważa się za uznaną.
      </p>
      <p>Treść reklamacji:</p>
      <p style={quote}>{p.description}</p>
      <p>Twoje żądanie:</p>
      <p style={quote}>{p.demand}</p>
    </EmailLayout>
  );
}

export const confirmationText = (p: ComplaintFiledProps) =>
  `Dzień dobry ${p.name},\n\npotwierdzamy otrzymanie reklamacji ${p.number}` +
  `${p.orderNumber ? ` dotyczącej zamówienia ${p.orderNumber}` : ''} w dniu ${p.receivedAt}.\n` +
  `Odpowiemy najpóźniej do ${p.lastDay} (14 dni od otrzymania); bez odpowiedzi w terminie reklamację uważa się za uznaną.\n\n` +
  `Treść reklamacji:\n${p.description}\n\nTwoje żądanie:\n${p.demand}\n\n— Planeta`;

export const answerSubject = ({ number }: ComplaintAnswerProps) => `Odpowiedź na reklamację ${number}`;

export function ComplaintAnswerEmail(p: ComplaintAnswerProps) {
  return (
    <EmailLayout title={answerSubject(p)}>
      <p>Dzień dobry {p.name},</p>
      <p>
        oto nasza odpowiedź na reklamację {p.number}
        {p.orderNumber ? ` dotyczącą zamówienia ${p.orderNumber}` : ''}:
      </p>
      <p style={quote}>{p.answer}</p>
      {p.link && <EmailButton href={p.link}>Zobacz zamówienie</EmailButton>}
      <p>
        Jeśli nie zgadzasz się z odpowiedzią, możesz skorzystać z pomocy miejskiego lub powiatowego rzecznika
        konsumentów albo wojewódzkiego inspektoratu Inspekcji Handlowej (szczegóły w § 12 regulaminu).
      </p>
    </EmailLayout>
  );
}

export const answerText = (p: ComplaintAnswerProps) =>
  `Dzień dobry ${p.name},\n\noto nasza odpowiedź na reklamację ${p.number}` +
  `${p.orderNumber ? ` dotyczącą zamówienia ${p.orderNumber}` : ''}:\n\n${p.answer}\n\n` +
  `${p.link ? `${p.link}\n\n` : ''}Jeśli nie zgadzasz się z odpowiedzią, możesz skorzystać z pomocy rzecznika konsumentów ` +
  `lub Inspekcji Handlowej (§ 12 regulaminu).\n\n— Planeta`;
