import { absoluteUrl } from '@/lib/url';
import { formatMoney } from '@/lib/format/money';
import { messages, type Locale } from '@/lib/i18n';
import { mailDate } from './dates';
import { EmailButton, EmailLayout } from './layout';

// Sent once a correcting invoice (faktura korygująca) for a refund has its number
// (lib/invoices/corrections/numbering.ts): links to its PDF and to its structured (KSeF) XML.
export type InvoiceCorrectionProps = {
  firstName: string;
  orderNumber: string;
  orderId: string;
  correctionId: string;
  /** "FK/2026/000001". */
  number: string;
  /** The corrected (original) invoice's number. */
  invoiceNumber: string;
  /** What the correction takes off the invoice, gross, in minor units. */
  amount: number;
  currency: string;
  /** The correction's issue date: an ISO timestamp (older rows hold it formatted). */
  issueDate: string;
  reason: string;
};

export const subject = (p: Pick<InvoiceCorrectionProps, 'number' | 'orderNumber'>, locale: Locale) =>
  messages(locale).emailsOrders.invoiceCorrection.subject(p.number, p.orderNumber);

const base = (p: InvoiceCorrectionProps) => `/zamowienia/${p.orderId}/korekty/${p.correctionId}`;
const pdf = (p: InvoiceCorrectionProps) => absoluteUrl(base(p));
const xml = (p: InvoiceCorrectionProps) => absoluteUrl(`${base(p)}/xml`);
const issued = (p: InvoiceCorrectionProps, locale: Locale) =>
  messages(locale).emailsOrders.invoiceCorrection.issued(
    mailDate(p.issueDate, locale),
    p.number,
    p.invoiceNumber,
    p.orderNumber,
    formatMoney(p.amount, p.currency, locale),
  );

export function InvoiceCorrectionEmail(p: InvoiceCorrectionProps, locale: Locale) {
  const { emails, emailsOrders } = messages(locale);
  const m = emailsOrders.invoiceCorrection;
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{emails.greeting(p.firstName)}</p>
      <p>{issued(p, locale)}</p>
      <p>{m.reason(p.reason)}</p>
      <EmailButton href={pdf(p)}>{m.button}</EmailButton>
      <p style={{ fontSize: 14 }}>
        {m.xml} <a href={xml(p)}>{xml(p)}</a>
      </p>
    </EmailLayout>
  );
}

export const text = (p: InvoiceCorrectionProps, locale: Locale) => {
  const { emails, emailsOrders } = messages(locale);
  const m = emailsOrders.invoiceCorrection;
  return (
    `${emails.greeting(p.firstName)}\n\n${issued(p, locale)}\n${m.reason(p.reason)}\n\n` +
    `${m.pdfText(pdf(p))}\n${m.xmlText(xml(p))}\n\n${emails.signature}`
  );
};
