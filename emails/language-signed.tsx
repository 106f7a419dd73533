import { EmailButton, EmailLayout } from './layout';

// The language course's contract confirmation on a durable medium (razem B1–B3, art. 21 u.p.k.):
// sent when the sign-up form is submitted, with the first payment's link and, attached as PDFs
// (lib/mail/attachments.ts), the terms, the withdrawal instruction and the model withdrawal form.
export type LanguageSignedProps = {
  firstName: string;
  contractId: string;
  number: string;
  /** The offer: "Polski A2 — abonament miesięczny". */
  title: string;
  label: string;
  amount: string;
  dueDate: string;
  /** The first charge's pay link (/platnosc/umowa/<token>). */
  link: string;
  termsVersion: string;
  signedAt: string;
  /** The learner asked for the course to start within the 14 days (art. 35: paid pro rata on withdrawal). */
  consent: boolean;
  /** The last day of the 14-day withdrawal term, formatted. */
  withdrawalLastDay: string;
  monthly: boolean;
};

export const subject = (p: Pick<LanguageSignedProps, 'number'>) =>
  `Umowa ${p.number} o kurs języka polskiego — potwierdzenie i płatność`;

/** The PDFs the message carries, as outbox references. */
export const attachments = (p: LanguageSignedProps) => [
  { kind: 'terms', contractId: p.contractId, version: p.termsVersion },
  ...(p.consent ? [{ kind: 'earlyStart', contractId: p.contractId }] : []),
  { kind: 'withdrawalInstruction', contractId: p.contractId },
  { kind: 'withdrawalForm', contractId: p.contractId },
];

const lines = (p: LanguageSignedProps) => ({
  intro: `dziękujemy za zapis. Zawarłeś/zawarłaś umowę ${p.number} („${p.title}”) ${p.signedAt}, akceptując regulamin w wersji ${p.termsVersion}.`,
  force: `Umowa wejdzie w życie, gdy zaksięgujemy pierwszą płatność: ${p.label}, ${p.amount}, termin: ${p.dueDate}. Wtedy aktywujemy Twoje konto i wyślemy e-mail z adresem platformy, loginem i linkiem do ustawienia hasła.`,
  monthly: p.monthly
    ? 'Płacisz co miesiąc z góry. Niekorzystanie z zajęć nie zwalnia z opłat; umowę możesz wypowiedzieć w każdej chwili ze skutkiem na koniec opłaconego miesiąca.'
    : null,
  withdrawal: p.consent
    ? `Zażądałeś/zażądałaś rozpoczęcia kursu przed upływem terminu do odstąpienia. Do ${p.withdrawalLastDay} włącznie możesz odstąpić od umowy bez podania przyczyny; zapłacisz wtedy proporcjonalnie za okres kursu do chwili odstąpienia (art. 35 ustawy o prawach konsumenta), resztę zwrócimy w ciągu 14 dni.`
    : `Do ${p.withdrawalLastDay} włącznie możesz odstąpić od umowy bez podania przyczyny i otrzymać zwrot całej wpłaty w ciągu 14 dni (art. 27 ustawy o prawach konsumenta).`,
  documents:
    'W załącznikach (PDF) są: regulamin w zaakceptowanej wersji, pouczenie o prawie odstąpienia od umowy i wzór formularza odstąpienia' +
    (p.consent ? ' oraz potwierdzenie Twojego żądania rozpoczęcia kursu.' : '.'),
});

export function LanguageSignedEmail(p: LanguageSignedProps) {
  const l = lines(p);
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>{l.intro}</p>
      <p>{l.force}</p>
      <EmailButton href={p.link}>Zapłać teraz</EmailButton>
      {l.monthly && <p>{l.monthly}</p>}
      <p>{l.withdrawal}</p>
      <p style={{ fontSize: 13, color: '#4b5563' }}>{l.documents}</p>
    </EmailLayout>
  );
}

export const text = (p: LanguageSignedProps) => {
  const l = lines(p);
  return (
    `Dzień dobry ${p.firstName},\n\n${l.intro}\n\n${l.force}\n\nZapłać teraz: ${p.link}\n\n` +
    (l.monthly ? `${l.monthly}\n\n` : '') +
    `${l.withdrawal}\n\n${l.documents}\n\n— Planeta`
  );
};
