import { messages, type Locale } from '@/lib/i18n';
import { findVersion } from '@/lib/legal/registry';
import { withCopies } from '@/lib/orders/confirmation/courtesy';
import { mailDate, mailDateTime } from './dates';
import { EmailButton, EmailLayout } from './layout';
import { mailMoney } from './money';

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
  /** Minor units in `currency`, formatted in the reader's language (older rows: formatted, as stored). */
  amount: number;
  currency?: string;
  /** The first charge's due day, YYYY-MM-DD. */
  dueDate: string;
  /** The first charge's pay link (/platnosc/umowa/<token>). */
  link: string;
  termsVersion: string;
  /** An ISO timestamp. */
  signedAt: string;
  /** The learner asked for the course to start within the 14 days (art. 35: paid pro rata on withdrawal). */
  consent: boolean;
  /** The last instant of the 14-day withdrawal term, an ISO timestamp (its Warsaw day is shown). */
  withdrawalLastDay: string;
  monthly: boolean;
};

const t = (locale: Locale) => messages(locale).languageEmails;

export const subject = (p: Pick<LanguageSignedProps, 'number'>, locale: Locale) => t(locale).signed.subject(p.number);

/** The PDFs the message carries, as outbox references. */
export const attachments = (p: LanguageSignedProps, locale: Locale) =>
  withCopies(
    [
      { kind: 'terms' as const, contractId: p.contractId, version: p.termsVersion },
      ...(p.consent ? [{ kind: 'earlyStart' as const, contractId: p.contractId }] : []),
      { kind: 'withdrawalInstruction' as const, contractId: p.contractId },
      { kind: 'withdrawalForm' as const, contractId: p.contractId },
    ],
    locale,
    findVersion('terms', p.termsVersion),
  );

const lines = (p: LanguageSignedProps, locale: Locale) => {
  const m = t(locale).signed;
  return {
    intro: m.intro(p.number, p.title, mailDateTime(p.signedAt, locale), p.termsVersion),
    force: m.force(p.label, mailMoney(p.amount, p.currency, locale), mailDate(p.dueDate, locale)),
    monthly: p.monthly ? m.monthly : null,
    withdrawal: (p.consent ? m.withdrawalEarlyStart : m.withdrawal)(mailDate(p.withdrawalLastDay, locale)),
    documents: m.documents(p.consent),
  };
};

export function LanguageSignedEmail(p: LanguageSignedProps, locale: Locale) {
  const l = lines(p, locale);
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{t(locale).greeting(p.firstName)}</p>
      <p>{l.intro}</p>
      <p>{l.force}</p>
      <EmailButton href={p.link}>{t(locale).signed.payButton}</EmailButton>
      {l.monthly && <p>{l.monthly}</p>}
      <p>{l.withdrawal}</p>
      <p style={{ fontSize: 13, color: '#4b5563' }}>{l.documents}</p>
    </EmailLayout>
  );
}

export const text = (p: LanguageSignedProps, locale: Locale) => {
  const { greeting, signature, signed: m } = t(locale);
  const l = lines(p, locale);
  return (
    `${greeting(p.firstName)}\n\n${l.intro}\n\n${l.force}\n\n${m.payLink(p.link)}\n\n` +
    (l.monthly ? `${l.monthly}\n\n` : '') +
    `${l.withdrawal}\n\n${l.documents}\n\n${signature}`
  );
};
