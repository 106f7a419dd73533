import { messages, type Locale } from '@/lib/i18n';
import { mailDate } from './dates';
import { mailMoney } from './money';
import { EmailButton, EmailLayout } from './layout';

// A11 (seed §2.12): the renewal offered from 1 June — the next exam year's pro-forma to each of the
// school's directors, the transfer's data in the text, the pro-forma and the terms attached
// (references rendered on delivery, lib/mail/attachments.ts). lib/licence/renewal.ts queues it.
export type LicenceRenewalProps = {
  firstName: string;
  contractId: string;
  chargeId: string;
  number: string;
  school: string;
  examYear: number;
  proformaNumber: string;
  /** Minor units in `currency` (older rows: formatted, shown as stored). */
  amount: number;
  currency?: string;
  dueDate: string;
  bankAccount: string;
  licenceUrl: string;
};

const t = (locale: Locale) => messages(locale).plannerLifecycle.emails.renewal;

export const subject = (p: LicenceRenewalProps, locale: Locale) => t(locale).subject(p.examYear, p.proformaNumber);

export const attachments = (p: LicenceRenewalProps) => [
  { kind: 'proforma', chargeId: p.chargeId },
  { kind: 'terms', contractId: p.contractId },
];

const lines = (p: LicenceRenewalProps, locale: Locale) => {
  const m = t(locale);
  return [
    m.intro(p.school, p.examYear, p.number),
    m.amount(mailMoney(p.amount, p.currency, locale)),
    ...(p.bankAccount ? [m.account(p.bankAccount)] : []),
    m.title(p.proformaNumber),
    m.deadline(mailDate(p.dueDate, locale)),
    m.notRenewing,
  ];
};

export function LicenceRenewalEmail(p: LicenceRenewalProps, locale: Locale) {
  const m = t(locale);
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{messages(locale).licence.emails.greeting(p.firstName)}</p>
      {lines(p, locale).map((l) => (
        <p key={l}>{l}</p>
      ))}
      <p>{m.attached}</p>
      <EmailButton href={p.licenceUrl}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: LicenceRenewalProps, locale: Locale) => {
  const m = t(locale);
  const e = messages(locale).licence.emails;
  return `${e.greeting(p.firstName)}\n\n${lines(p, locale).join('\n')}\n\n${m.attached}\n\n${p.licenceUrl}\n\n${e.signature}`;
};
