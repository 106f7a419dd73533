import { absoluteUrl } from '@/lib/url';
import { formatMoney } from '@/lib/format/money';
import { seller } from '@/lib/invoices/seller';
import { sellerRegistration } from '@/lib/legal/shared-text';
import { contractItemKind } from '@/lib/orders/rules/contract-confirmation';
import { contractSummary, type ContractSummary } from '@/lib/orders/confirmation/summary';
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

function summaryOf(p: OrderPaidProps): ContractSummary | null {
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
  );
}

/** The contract documents sent with the message, as outbox references (lib/mail/attachments.ts). */
export const attachments = (p: OrderPaidProps) =>
  (summaryOf(p)?.documents ?? []).map((d) =>
    d.kind === 'terms'
      ? { kind: d.kind, orderId: p.orderId, version: p.termsVersion }
      : { kind: d.kind, orderId: p.orderId },
  );

function sellerLines(): string[] {
  const s = seller();
  const lines = [s.name, s.addressLines.join(', '), `NIP ${s.nip}, KRS ${s.krs}`, sellerRegistration(s)];
  return [...lines.filter((l) => l !== null), `e-mail: ${s.email}, tel. ${s.phone}`];
}

export const subject = (p: Pick<OrderPaidProps, 'orderNumber'>) => `Płatność przyjęta — zamówienie ${p.orderNumber}`;

const itemLine = (i: OrderPaidProps['items'][number], currency: string) =>
  (i.quantity > 1 ? `${i.name} × ${i.quantity}` : i.name) +
  (i.totalGross !== undefined ? ` — ${formatMoney(i.totalGross, currency)}` : '');
const total = (p: OrderPaidProps) => formatMoney(p.totalGross, p.currency);
const orderLink = (p: OrderPaidProps) => absoluteUrl(`/zamowienia/${p.orderId}`);

type Place = { link: string; button: string; sentence: string };

function placeOf(p: OrderPaidProps): Place {
  const path = p.place ?? '/moje-kursy';
  if (path === '/rodzina')
    return {
      link: absoluteUrl(path),
      button: 'Moja rodzina',
      sentence:
        'Pakiety są już aktywne: dzieci logują się swoimi loginami, a pakiety i ich zakres widzisz na stronie „Moja rodzina”.',
    };
  if ((path === '/grupy' || path.startsWith('/grupy/')) && p.items.length > 0 && p.items.every((i) => i.topUp))
    return {
      link: absoluteUrl(path),
      button: 'Przejdź do grupy',
      sentence: 'Dokupione miejsca są już w grupie: na stronie grupy dodasz na nie uczestników.',
    };
  if (path === '/grupy' || path.startsWith('/grupy/'))
    return {
      link: absoluteUrl(path),
      button: 'Przejdź do grupy',
      sentence:
        'Pakiet grupowy czeka w zakładce „Grupy”: tam zaakceptujesz umowę powierzenia danych i dodasz uczestników.',
    };
  return {
    link: absoluteUrl('/moje-kursy'),
    button: 'Moje kursy',
    sentence: 'Kursy są już dostępne w zakładce „Moje kursy”.',
  };
}

export function OrderPaidEmail(p: OrderPaidProps) {
  return (
    <EmailLayout title={subject(p)}>
      <p>Dzień dobry {p.firstName},</p>
      <p>
        dziękujemy — PayU potwierdziło płatność za zamówienie <strong>{p.orderNumber}</strong> ({total(p)}).
      </p>
      <ul>
        {p.items.map((i, k) => (
          <li key={k}>{itemLine(i, p.currency)}</li>
        ))}
      </ul>
      <p>{placeOf(p).sentence}</p>
      <EmailButton href={placeOf(p).link}>{placeOf(p).button}</EmailButton>
      <DocumentLinks p={p} />
      <ContractPart p={p} />
    </EmailLayout>
  );
}

const pdfLink = (p: OrderPaidProps) => absoluteUrl(`/zamowienia/${p.orderId}/faktura`);
const xmlLink = (p: OrderPaidProps) => absoluteUrl(`/zamowienia/${p.orderId}/faktura/xml`);

/** The invoice as PDF and as the XML sent to KSeF (the invoice itself); a receipt as PDF. */
function DocumentLinks({ p }: { p: OrderPaidProps }) {
  if (p.salesDocument === 'INVOICE')
    return (
      <p>
        Faktura VAT: <a href={pdfLink(p)}>PDF</a> · <a href={xmlLink(p)}>XML (KSeF)</a>. Oba pliki znajdziesz też na{' '}
        <a href={orderLink(p)}>stronie zamówienia</a>, gdzie pojawi się numer KSeF faktury.
      </p>
    );
  if (p.salesDocument === 'RECEIPT')
    return (
      <p>
        Potwierdzenie zakupu pobierzesz jako <a href={pdfLink(p)}>PDF</a>; na{' '}
        <a href={orderLink(p)}>stronie zamówienia</a> możesz też poprosić o fakturę VAT.
      </p>
    );
  return (
    <p>
      Fakturę VAT pobierzesz ze <a href={orderLink(p)}>strony zamówienia</a>.
    </p>
  );
}

function documentText(p: OrderPaidProps): string {
  if (p.salesDocument === 'INVOICE')
    return `Faktura VAT (PDF): ${pdfLink(p)}\nFaktura VAT (XML, KSeF): ${xmlLink(p)}\nZamówienie: ${orderLink(p)}`;
  if (p.salesDocument === 'RECEIPT') return `Potwierdzenie zakupu (PDF): ${pdfLink(p)}\nZamówienie: ${orderLink(p)}`;
  return `Zamówienie i faktura VAT: ${orderLink(p)}`;
}

function ContractPart({ p }: { p: OrderPaidProps }) {
  const c = summaryOf(p);
  if (!c) return null;
  return (
    <div style={{ borderTop: '1px solid #e5e7eb', marginTop: 24, paddingTop: 8 }}>
      <p style={{ fontWeight: 700 }}>Potwierdzenie zawarcia umowy</p>
      <p>Przedmiot umowy: pozycje powyżej, cena łącznie (brutto) {total(p)}. Umowa została zawarta z chwilą zapłaty.</p>
      <p>
        Sprzedawca:
        <br />
        {sellerLines().map((l, k) => (
          <span key={k}>
            {l}
            <br />
          </span>
        ))}
      </p>
      <p>{c.terms}</p>
      <p>Żądanie rozpoczęcia świadczenia przed upływem 14 dni: {c.consent}</p>
      {c.statements.map((s, k) => (
        <p key={k}>{s}</p>
      ))}
      <p>W załącznikach:</p>
      <ul>
        {c.documents.map((d) => (
          <li key={d.kind}>{d.label}</li>
        ))}
      </ul>
    </div>
  );
}

function contractText(p: OrderPaidProps): string {
  const c = summaryOf(p);
  if (!c) return '';
  return (
    `\n\nPOTWIERDZENIE ZAWARCIA UMOWY\nPrzedmiot umowy: pozycje powyżej, cena łącznie (brutto) ${total(p)}. ` +
    `Umowa została zawarta z chwilą zapłaty.\nSprzedawca:\n${sellerLines().join('\n')}\n${c.terms}\n` +
    `Żądanie rozpoczęcia świadczenia przed upływem 14 dni: ${c.consent}\n${c.statements.join('\n')}\n` +
    `W załącznikach:\n${c.documents.map((d) => `- ${d.label}`).join('\n')}`
  );
}

export const text = (p: OrderPaidProps) =>
  `Dzień dobry ${p.firstName},\n\nPayU potwierdziło płatność za zamówienie ${p.orderNumber} (${total(p)}).\n` +
  p.items.map((i) => `- ${itemLine(i, p.currency)}`).join('\n') +
  `\n\n${placeOf(p).sentence}\n${placeOf(p).button}: ${placeOf(p).link}\n\n${documentText(p)}` +
  contractText(p) +
  `\n\n— Planeta`;
