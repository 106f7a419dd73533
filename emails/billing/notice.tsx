import { EmailButton, EmailLayout } from '../layout';

// "Wypowiedzenie przyjęte": the payer's notice (or withdrawal) confirmed on a durable medium, with
// the day the contract ends and the settlement (lib/billing/contracts/state.ts giveNotice).
export type BillingNoticeProps = {
  firstName: string;
  number: string;
  title: string;
  withdrawal: boolean;
  /** The last day of access. */
  endsOn: string;
  refund: string | null;
  /** Refund by this day (14 days: art. 32; S13 after the notice period). */
  refundBy: string | null;
  owed: string | null;
  lines: { label: string; amount: string }[];
  link: string;
};

export const subject = (p: Pick<BillingNoticeProps, 'number' | 'withdrawal'>) =>
  p.withdrawal ? `Odstąpienie od umowy ${p.number} przyjęte` : `Wypowiedzenie umowy ${p.number} przyjęte`;

const body = (p: BillingNoticeProps) =>
  [
    p.withdrawal
      ? `przyjęliśmy odstąpienie od umowy ${p.number} („${p.title}”). Umowa zakończyła się ${p.endsOn}.`
      : `przyjęliśmy wypowiedzenie umowy ${p.number} („${p.title}”). Ostatni dzień umowy i dostępu: ${p.endsOn}.`,
    p.refund
      ? `Zwrócimy ${p.refund}${p.refundBy ? ` najpóźniej do ${p.refundBy}` : ''}, tą samą metodą płatności.`
      : null,
    p.owed ? `Do zapłaty pozostaje: ${p.owed}.` : null,
  ].filter((l): l is string => l !== null);

export function BillingNoticeEmail(p: BillingNoticeProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      {body(p).map((l) => (
        <p key={l}>{l}</p>
      ))}
      {p.lines.length > 0 && (
        <ul>
          {p.lines.map((l) => (
            <li key={l.label}>
              {l.label}: {l.amount}
            </li>
          ))}
        </ul>
      )}
      <EmailButton href={p.link}>Moje umowy</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: BillingNoticeProps) =>
  `Dzień dobry ${p.firstName},\n\n${body(p).join('\n')}\n` +
  (p.lines.length > 0 ? `\n${p.lines.map((l) => `- ${l.label}: ${l.amount}`).join('\n')}\n` : '') +
  `\nMoje umowy: ${p.link}\n\n— Planeta`;
