import { messages, type Locale } from '@/lib/i18n';
import { mailDate } from './dates';
import { mailMoney } from './money';
import { EmailButton, EmailLayout } from './layout';

// A5 (seed §2.4, §2.8): the licence order's confirmation with the pro-forma — the transfer's
// account, title and deadline in the text too — and the licence terms, both as PDFs
// (references rendered on delivery, lib/mail/attachments.ts).
export type LicenceOrderedProps = {
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
  schoolUrl: string;
};

const t = (locale: Locale) => messages(locale).licence.emails;

export const subject = (p: LicenceOrderedProps, locale: Locale) => t(locale).ordered.subject(p.proformaNumber);

export const attachments = (p: LicenceOrderedProps) => [
  { kind: 'proforma', chargeId: p.chargeId },
  { kind: 'terms', contractId: p.contractId },
];

const lines = (p: LicenceOrderedProps, locale: Locale) => {
  const m = t(locale).ordered;
  return [
    m.intro(p.school, p.examYear, p.number),
    m.amount(mailMoney(p.amount, p.currency, locale)),
    m.account(p.bankAccount),
    m.title(p.proformaNumber),
    m.deadline(mailDate(p.dueDate, locale)),
  ];
};

export function LicenceOrderedEmail(p: LicenceOrderedProps, locale: Locale) {
  const m = t(locale).ordered;
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{t(locale).greeting(p.firstName)}</p>
      {lines(p, locale).map((l) => (
        <p key={l}>{l}</p>
      ))}
      <p>{m.restricted}</p>
      <p>{m.attached}</p>
      <EmailButton href={p.schoolUrl}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: LicenceOrderedProps, locale: Locale) => {
  const m = t(locale).ordered;
  return `${t(locale).greeting(p.firstName)}\n\n${lines(p, locale).join('\n')}\n\n${m.restricted}\n${m.attached}\n\n${p.schoolUrl}\n\n${t(locale).signature}`;
};
