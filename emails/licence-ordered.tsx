import { messages } from '@/lib/i18n';
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
  amount: string;
  dueDate: string;
  bankAccount: string;
  schoolUrl: string;
};

const t = () => messages().licence.emails;

export const subject = (p: LicenceOrderedProps) => t().ordered.subject(p.proformaNumber);

export const attachments = (p: LicenceOrderedProps) => [
  { kind: 'proforma', chargeId: p.chargeId },
  { kind: 'terms', contractId: p.contractId },
];

const lines = (p: LicenceOrderedProps) => {
  const m = t().ordered;
  return [
    m.intro(p.school, p.examYear, p.number),
    m.amount(p.amount),
    m.account(p.bankAccount),
    m.title(p.proformaNumber),
    m.deadline(p.dueDate),
  ];
};

export function LicenceOrderedEmail(p: LicenceOrderedProps) {
  const m = t().ordered;
  return (
    <EmailLayout title={subject(p)}>
      <p>{t().greeting(p.firstName)}</p>
      {lines(p).map((l) => (
        <p key={l}>{l}</p>
      ))}
      <p>{m.restricted}</p>
      <p>{m.attached}</p>
      <EmailButton href={p.schoolUrl}>{m.button}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: LicenceOrderedProps) => {
  const m = t().ordered;
  return `${t().greeting(p.firstName)}\n\n${lines(p).join('\n')}\n\n${m.restricted}\n${m.attached}\n\n${p.schoolUrl}\n\n${t().signature}`;
};
