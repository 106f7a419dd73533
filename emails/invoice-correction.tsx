import { absoluteUrl } from '@/lib/url';
import { formatMoney } from '@/lib/format/money';
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
  /** The correction's issue date, formatted in Warsaw time. */
  issueDate: string;
  reason: string;
};

export const subject = (p: Pick<InvoiceCorrectionProps, 'number' | 'orderNumber'>) =>
  `Faktura korygująca ${p.number} — zamówienie ${p.orderNumber}`;

const base = (p: InvoiceCorrectionProps) => `/zamowienia/${p.orderId}/korekty/${p.correctionId}`;
const pdf = (p: InvoiceCorrectionProps) => absoluteUrl(base(p));
const xml = (p: InvoiceCorrectionProps) => absoluteUrl(`${base(p)}/xml`);
const amount = (p: InvoiceCorrectionProps) => formatMoney(p.amount, p.currency);

export function InvoiceCorrectionEmail(p: InvoiceCorrectionProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        wystawiliśmy {p.issueDate} fakturę korygującą <strong>{p.number}</strong> do faktury{' '}
        <strong>{p.invoiceNumber}</strong> (zamówienie {p.orderNumber}). Zmniejsza ona wartość faktury o{' '}
        <strong>{amount(p)}</strong> brutto — tyle, ile zwróciliśmy.
      </p>
      <p>Przyczyna korekty: {p.reason}</p>
      <EmailButton href={pdf(p)}>Pobierz fakturę korygującą (PDF)</EmailButton>
      <p style={{ fontSize: 14 }}>
        Ustrukturyzowana postać faktury (XML, Krajowy System e-Faktur): <a href={xml(p)}>{xml(p)}</a>
      </p>
    </EmailLayout>
  );
}

export const text = (p: InvoiceCorrectionProps) =>
  `Dzień dobry ${p.firstName},\n\nwystawiliśmy ${p.issueDate} fakturę korygującą ${p.number} do faktury ${p.invoiceNumber} ` +
  `(zamówienie ${p.orderNumber}). Zmniejsza ona wartość faktury o ${amount(p)} brutto — tyle, ile zwróciliśmy.\n` +
  `Przyczyna korekty: ${p.reason}\n\nFaktura korygująca (PDF): ${pdf(p)}\nPostać ustrukturyzowana (XML, KSeF): ${xml(p)}\n\n— Planeta`;
