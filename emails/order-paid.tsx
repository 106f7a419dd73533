import { absoluteUrl } from '@/lib/url';
import { formatMoney } from '@/lib/format/money';
import { EmailButton, EmailLayout } from './layout';

// Plain data, not formatted text: PayU's notification queues this message from one SQL
// statement (lib/settlement/order-paid-mail.ts), and it is rendered when delivered.
export type OrderPaidProps = {
  firstName: string;
  orderNumber: string;
  orderId: string;
  items: { name: string; quantity: number }[];
  totalGross: number;
  currency: string;
  /**
   * The page the buyer uses what they bought on: "/rodzina" (a parent's packages), "/grupy/<id>"
   * or "/grupy" (a company's group package; the group may not exist yet when this is queued),
   * "/moje-kursy" (courses). Messages queued before this prop existed have none: "/moje-kursy".
   */
  place?: string;
};

export const subject = (p: Pick<OrderPaidProps, 'orderNumber'>) => `Płatność przyjęta — zamówienie ${p.orderNumber}`;

const itemLine = (i: OrderPaidProps['items'][number]) => (i.quantity > 1 ? `${i.name} × ${i.quantity}` : i.name);
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
          <li key={k}>{itemLine(i)}</li>
        ))}
      </ul>
      <p>{placeOf(p).sentence}</p>
      <EmailButton href={placeOf(p).link}>{placeOf(p).button}</EmailButton>
      <p>
        Fakturę VAT pobierzesz ze <a href={orderLink(p)}>strony zamówienia</a>.
      </p>
    </EmailLayout>
  );
}

export const text = (p: OrderPaidProps) =>
  `Dzień dobry ${p.firstName},\n\nPayU potwierdziło płatność za zamówienie ${p.orderNumber} (${total(p)}).\n` +
  p.items.map((i) => `- ${itemLine(i)}`).join('\n') +
  `\n\n${placeOf(p).sentence}\n${placeOf(p).button}: ${placeOf(p).link}\n\nZamówienie i faktura VAT: ${orderLink(p)}\n\n— Planeta`;
