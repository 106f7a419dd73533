import { absoluteUrl } from '@/lib/url';
import { formatMoney } from '@/lib/format/money';
import { offerLabel } from '@/lib/catalog/offers';
import { messages, type Locale } from '@/lib/i18n';
import { seller } from '@/lib/invoices/seller';
import { contractItemKind } from '@/lib/orders/rules/contract-confirmation';
import { contractSummary, type ContractSummary } from '@/lib/orders/confirmation/summary';
import { withCopies } from '@/lib/orders/confirmation/courtesy';
import { findVersion } from '@/lib/legal/registry';
import { sellerRegistration } from '@/lib/legal/shared-text';
import { EmailButton, EmailLayout } from './layout';

// Plain data, not formatted text: PayU's notification queues this message from one SQL
// statement (lib/settlement/order-paid-mail.ts), and it is rendered when delivered.
export type OrderPaidProps = {
  firstName: string;
  orderNumber: string;
  orderId: string;
  /** `totalGross`, `kind` and `seats` since the message is also the contract confirmation. */
  items: {
    name: string;
    quantity: number;
    totalGross?: number;
    kind?: string | null;
    seats?: number;
    /** Seats added to an existing group (OrderItem.topUpGroupId). */
    topUp?: boolean;
    /**
     * A plain course line's course title: the line is then named in the reader's language (the
     * stored name is the invoice's Polish one). Absent for other lines and older messages.
     */
    course?: string | null;
  }[];
  totalGross: number;
  currency: string;
  /**
   * The page the buyer uses what they bought on: "/rodzina" (a parent's packages), "/grupy/<id>"
   * or "/grupy" (a company's group package; the group may not exist yet when this is queued),
   * "/moje-kursy" (courses). Messages queued before this prop existed have none: "/moje-kursy".
   */
  place?: string;
  /**
   * The contract as the order recorded it (art. 21 u.p.k.: the confirmation on a durable medium);
   * messages queued before these props existed have none and carry no confirmation part.
   */
  buyerType?: 'PERSON' | 'COMPANY';
  consent?: boolean;
  termsVersion?: string;
  /** ISO timestamps, as PostgreSQL's to_jsonb writes them. */
  termsAcceptedAt?: string;
  paidAt?: string;
  /** The order's sales document (since KSeF): an invoice's PDF and FA(3) XML are linked, a receipt's PDF. */
  salesDocument?: 'INVOICE' | 'RECEIPT';
};

function summaryOf(p: OrderPaidProps, locale: Locale = 'pl'): ContractSummary | null {
  if (!p.buyerType || !p.termsVersion || !p.termsAcceptedAt) return null;
  return contractSummary(
    {
      buyerType: p.buyerType,
      consent: p.consent === true,
      termsVersion: p.termsVersion,
      termsAcceptedAt: new Date(p.termsAcceptedAt),
      paidAt: p.paidAt ? new Date(p.paidAt) : null,
      kinds: p.items.map((i) => contractItemKind({ kind: i.kind ?? null, seats: i.seats ?? 1 })),
    },
    absoluteUrl('/rodzina'),
    locale,
  );
}

/** The contract documents sent with the message, as outbox references (lib/mail/attachments.ts). */
export const attachments = (p: OrderPaidProps, locale: Locale) =>
  withCopies(
    (summaryOf(p)?.documents ?? []).map((d) =>
      d.kind === 'terms'
        ? { kind: d.kind, orderId: p.orderId, version: p.termsVersion }
        : { kind: d.kind, orderId: p.orderId },
    ),
    locale,
    p.termsVersion ? findVersion('terms', p.termsVersion) : null,
  );

function sellerLines(locale: Locale): string[] {
  const s = seller();
  const m = messages(locale).emailsOrders.orderPaid.contract;
  const registration = sellerRegistration(s, locale);
  const lines = [s.name, s.addressLines.join(', '), `NIP ${s.nip}, KRS ${s.krs}`];
  if (registration) lines.push(registration);
  return [...lines, m.sellerContact(s.email, s.phone)];
}

export const subject = (p: Pick<OrderPaidProps, 'orderNumber'>, locale: Locale) =>
  messages(locale).emailsOrders.orderPaid.subject(p.orderNumber);

function itemName(i: OrderPaidProps['items'][number], locale: Locale): string {
  return i.course && i.seats ? `${i.course} — ${offerLabel(i.seats, locale).toLowerCase()}` : i.name;
}

const itemLine = (i: OrderPaidProps['items'][number], currency: string, locale: Locale) =>
  (i.quantity > 1 ? `${itemName(i, locale)} × ${i.quantity}` : itemName(i, locale)) +
  (i.totalGross !== undefined ? ` — ${formatMoney(i.totalGross, currency, locale)}` : '');
const total = (p: OrderPaidProps, locale: Locale) => formatMoney(p.totalGross, p.currency, locale);
const orderLink = (p: OrderPaidProps) => absoluteUrl(`/zamowienia/${p.orderId}`);

type Place = { link: string; button: string; sentence: string };

function placeOf(p: OrderPaidProps, locale: Locale): Place {
  const m = messages(locale).emailsOrders.orderPaid;
  const path = p.place ?? '/moje-kursy';
  const group = path === '/grupy' || path.startsWith('/grupy/');
  if (path === '/rodzina') return { link: absoluteUrl(path), ...m.family };
  if (group && p.items.length > 0 && p.items.every((i) => i.topUp)) return { link: absoluteUrl(path), ...m.topUp };
  if (group) return { link: absoluteUrl(path), ...m.group };
  return { link: absoluteUrl('/moje-kursy'), ...m.courses };
}

export function OrderPaidEmail(p: OrderPaidProps, locale: Locale) {
  const { emails, emailsOrders } = messages(locale);
  const place = placeOf(p, locale);
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{emails.greeting(p.firstName)}</p>
      <p>
        {emailsOrders.orderPaid.thanksLead} <strong>{p.orderNumber}</strong> ({total(p, locale)}).
      </p>
      <ul>
        {p.items.map((i, k) => (
          <li key={k}>{itemLine(i, p.currency, locale)}</li>
        ))}
      </ul>
      <p>{place.sentence}</p>
      <EmailButton href={place.link}>{place.button}</EmailButton>
      <DocumentLinks p={p} locale={locale} />
      <ContractPart p={p} locale={locale} />
    </EmailLayout>
  );
}

const pdfLink = (p: OrderPaidProps) => absoluteUrl(`/zamowienia/${p.orderId}/faktura`);
const xmlLink = (p: OrderPaidProps) => absoluteUrl(`/zamowienia/${p.orderId}/faktura/xml`);

/** The invoice as PDF and as the XML sent to KSeF (the invoice itself); a receipt as PDF. */
function DocumentLinks({ p, locale }: { p: OrderPaidProps; locale: Locale }) {
  const m = messages(locale).emailsOrders.orderPaid;
  if (p.salesDocument === 'INVOICE')
    return (
      <p>
        {m.invoice.lead} <a href={pdfLink(p)}>PDF</a> · <a href={xmlLink(p)}>XML (KSeF)</a>. {m.invoice.both}{' '}
        <a href={orderLink(p)}>{m.invoice.orderPage}</a>
        {m.invoice.ksef}
      </p>
    );
  if (p.salesDocument === 'RECEIPT')
    return (
      <p>
        {m.receipt.lead} <a href={pdfLink(p)}>PDF</a>
        {m.receipt.on} <a href={orderLink(p)}>{m.invoice.orderPage}</a> {m.receipt.ask}
      </p>
    );
  return (
    <p>
      {m.invoiceLater.lead} <a href={orderLink(p)}>{m.invoiceLater.orderPage}</a>.
    </p>
  );
}

function documentText(p: OrderPaidProps, locale: Locale): string {
  const { emails, emailsOrders } = messages(locale);
  const m = emailsOrders.orderPaid;
  if (p.salesDocument === 'INVOICE')
    return `${m.invoice.pdfText(pdfLink(p))}\n${m.invoice.xmlText(xmlLink(p))}\n${emails.order(orderLink(p))}`;
  if (p.salesDocument === 'RECEIPT') return `${m.receipt.pdfText(pdfLink(p))}\n${emails.order(orderLink(p))}`;
  return m.invoiceLater.text(orderLink(p));
}

function ContractPart({ p, locale }: { p: OrderPaidProps; locale: Locale }) {
  const c = summaryOf(p, locale);
  if (!c) return null;
  const m = messages(locale).emailsOrders.orderPaid.contract;
  return (
    <div style={{ borderTop: '1px solid #e5e7eb', marginTop: 24, paddingTop: 8 }}>
      <p style={{ fontWeight: 700 }}>{m.title}</p>
      <p>{m.subject(total(p, locale))}</p>
      <p>
        {m.seller}
        <br />
        {sellerLines(locale).map((l, k) => (
          <span key={k}>
            {l}
            <br />
          </span>
        ))}
      </p>
      <p>{c.terms}</p>
      <p>{m.consent(c.consent)}</p>
      {c.statements.map((s, k) => (
        <p key={k}>{s}</p>
      ))}
      <p>{m.attached}</p>
      <ul>
        {c.documents.map((d) => (
          <li key={d.kind}>{d.label}</li>
        ))}
      </ul>
      {locale !== 'pl' && <p>{m.copies}</p>}
    </div>
  );
}

function contractText(p: OrderPaidProps, locale: Locale): string {
  const c = summaryOf(p, locale);
  if (!c) return '';
  const m = messages(locale).emailsOrders.orderPaid.contract;
  return (
    `\n\n${m.titleText}\n${m.subject(total(p, locale))}\n${m.seller}\n${sellerLines(locale).join('\n')}\n${c.terms}\n` +
    `${m.consent(c.consent)}\n${c.statements.join('\n')}\n` +
    `${m.attached}\n${c.documents.map((d) => `- ${d.label}`).join('\n')}` +
    (locale !== 'pl' ? `\n${m.copies}` : '')
  );
}

export const text = (p: OrderPaidProps, locale: Locale) => {
  const { emails, emailsOrders } = messages(locale);
  const place = placeOf(p, locale);
  return (
    `${emails.greeting(p.firstName)}\n\n${emailsOrders.orderPaid.confirmed(p.orderNumber, total(p, locale))}\n` +
    p.items.map((i) => `- ${itemLine(i, p.currency, locale)}`).join('\n') +
    `\n\n${place.sentence}\n${place.button}: ${place.link}\n\n${documentText(p, locale)}` +
    contractText(p, locale) +
    `\n\n${emails.signature}`
  );
};
