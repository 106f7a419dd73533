// The confirmation of the early-start request on a durable medium: without it the consumer keeps
// the right of withdrawal from digital content (art. 38 ust. 1 pkt 13 lit. c u.p.k.). It names the
// items, when the request was made (the order form's submission) and what it means for each.
import { formatDateTime, formatLastDay } from '@/lib/format/time';
import { messages, type Locale } from '@/lib/i18n';
import type { Seller } from '@/lib/invoices/seller';
import type { ContractFacts } from './facts';
import { withdrawalEnd } from './summary';
import { contractPdf, heading, list, orderBlock, paragraph, title } from './pdf-text';

const itemText = (i: ContractFacts['items'][number]) => (i.quantity > 1 ? `${i.name} × ${i.quantity}` : i.name);

/** In Polish, the original; in another `locale`, its courtesy translation (the box's wording translated too). */
export function renderEarlyStartPdf(f: ContractFacts, s: Seller, locale: Locale = 'pl'): Promise<Buffer> {
  const m = messages(locale);
  const t = m.contract.pdf.earlyStart;
  const digital = f.items.filter((i) => i.kind === 'course' || i.kind === 'group');
  const services = f.items.filter((i) => i.kind === 'service');
  return contractPdf(
    t.title,
    f.termsAcceptedAt,
    (doc) => {
      title(doc, t.title);
      paragraph(doc, t.lead(f.number, formatDateTime(f.termsAcceptedAt, locale)));
      const asked =
        f.contract?.earlyStartText ??
        `${m.checkout.checkoutForm.immediateDelivery} ${m.checkout.checkoutForm.immediateDeliveryNote}`;
      paragraph(doc, `„${asked}”`, { grey: true });
      if (digital.length > 0) {
        heading(doc, t.digitalHeading);
        paragraph(doc, t.digital);
        list(doc, digital.map(itemText), () => '•');
      }
      if (services.length > 0) {
        heading(doc, t.serviceHeading);
        paragraph(doc, t.service(formatLastDay(withdrawalEnd(f), locale)));
        list(doc, services.map(itemText), () => '•');
      }
      paragraph(doc, t.rights);
      orderBlock(doc, f, s, locale);
    },
    locale,
  );
}
