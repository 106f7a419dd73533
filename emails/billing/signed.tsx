import { EmailButton, EmailLayout } from '../layout';

// "Umowa zawarta — zapłać": sent when a contract is signed (lib/billing/contracts/sign.ts), with
// the pay link of the first charge, or the pro-forma for a bank transfer (licence A5). The
// contract comes into force when the first payment is booked (razem B3, licence A8).
export type BillingSignedProps = {
  firstName: string;
  number: string;
  title: string;
  /** The first charge: what, how much, by when. */
  label: string;
  amount: string;
  dueDate: string;
  /** The whole schedule as shown at signing. */
  schedule: { label: string; amount: string; dueDate: string }[];
  /** The pay link, or the pro-forma's PDF for a transfer. */
  link: string;
  transfer: boolean;
  proformaNumber?: string | null;
  termsVersion: string;
};

export const subject = (p: Pick<BillingSignedProps, 'number'>) => `Umowa ${p.number} zawarta — opłać pierwszą płatność`;

const intro = (p: BillingSignedProps) =>
  p.transfer
    ? `zawarliśmy umowę ${p.number} („${p.title}”). Wejdzie w życie, gdy zaksięgujemy przelew ${p.amount} według faktury pro forma${p.proformaNumber ? ` ${p.proformaNumber}` : ''} — tytuł przelewu to numer pro formy, termin: ${p.dueDate}. Pro forma nie jest fakturą VAT; fakturę wystawimy po zaksięgowaniu wpłaty.`
    : `zawarliśmy umowę ${p.number} („${p.title}”). Wejdzie w życie po zaksięgowaniu pierwszej płatności: ${p.label}, ${p.amount}, termin: ${p.dueDate}.`;

export function BillingSignedEmail(p: BillingSignedProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>{intro(p)}</p>
      <EmailButton href={p.link}>{p.transfer ? 'Pobierz fakturę pro forma' : 'Zapłać teraz'}</EmailButton>
      <p>Harmonogram płatności:</p>
      <ul>
        {p.schedule.map((s) => (
          <li key={`${s.label}-${s.dueDate}`}>
            {s.label}: {s.amount}, termin {s.dueDate}
          </li>
        ))}
      </ul>
      <p style={{ fontSize: 13, color: '#4b5563' }}>
        Regulamin w wersji {p.termsVersion}. Od umowy zawartej na odległość możesz odstąpić w ciągu 14 dni bez podania
        przyczyny; zwrot wpłat nastąpi w ciągu 14 dni od otrzymania oświadczenia.
      </p>
    </EmailLayout>
  );
}

export const text = (p: BillingSignedProps) =>
  `Dzień dobry ${p.firstName},\n\n${intro(p)}\n\n${p.transfer ? 'Faktura pro forma' : 'Zapłać teraz'}: ${p.link}\n\n` +
  `Harmonogram płatności:\n${p.schedule.map((s) => `- ${s.label}: ${s.amount}, termin ${s.dueDate}`).join('\n')}\n\n` +
  `Regulamin w wersji ${p.termsVersion}. Od umowy zawartej na odległość możesz odstąpić w ciągu 14 dni bez podania ` +
  `przyczyny; zwrot wpłat nastąpi w ciągu 14 dni od otrzymania oświadczenia.\n\n— Planeta`;
