import { EmailButton, EmailLayout } from '../layout';

// A Live class of a paid period was cancelled (fewer than 6 participants, L13): the payer is told
// the pro-rata refund that went to PayU (lib/live-maths/class-refunds.ts).
export type LiveClassRefundProps = {
  firstName: string;
  number: string;
  title: string;
  startsAt: string;
  amount: string;
  link: string;
};

export const subject = (p: Pick<LiveClassRefundProps, 'number'>) => `Zwrot za odwołane zajęcia — umowa ${p.number}`;

const lines = (p: LiveClassRefundProps) => [
  `zajęcia „${p.title}” z ${p.startsAt} zostały odwołane, dlatego zwracamy część opłaty za opłacony Abonament.`,
  `Kwota zwrotu: ${p.amount} (cena Abonamentu × niezrealizowane zajęcia ÷ 4). Wraca na konto, z którego przyszła płatność, przez PayU — zwykle w ciągu kilku dni.`,
];

export function LiveClassRefundEmail(p: LiveClassRefundProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      {lines(p).map((l) => (
        <p key={l}>{l}</p>
      ))}
      <EmailButton href={p.link}>Moje umowy</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: LiveClassRefundProps) =>
  `Dzień dobry ${p.firstName},\n\n${lines(p).join('\n')}\n\nMoje umowy: ${p.link}\n\n— Planeta`;
