// On the order page of a consumer who got a purchase confirmation: the confirmation's PDF and a
// form to ask for a VAT invoice while art. 106b ust. 3 allows it. Loads its own data.
import { invoiceRequestView } from '@/lib/invoices/invoice-request';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { InvoiceRequestForm } from '@/components/invoices/invoice-request-form';
import { currentLocale } from '@/lib/locale/current';

export async function InvoiceRequest({ userId, orderId }: { userId: string; orderId: string }) {
  const locale = await currentLocale();
  const t = messages(locale).invoices.request;
  const view = await invoiceRequestView(userId, orderId, undefined, locale);
  if (!view) return null;
  if (view.state === 'issued')
    return (
      <Notice tone="success" role="status" data-testid="invoice-requested">
        {t.done} ({formatDateTime(view.requestedAt, locale)})
      </Notice>
    );
  return (
    <section className="card space-y-3" aria-labelledby="potwierdzenie-zakupu" data-testid="invoice-request">
      <h2 id="potwierdzenie-zakupu" className="h2">
        {t.title}
      </h2>
      <p>{t.receipt}</p>
      <p>
        <a href={`/zamowienia/${orderId}/faktura`} className="btn-secondary">
          {t.download}
        </a>
      </p>
      {view.state === 'expired' ? (
        <p className="text-sm text-slate-700">{t.expired(formatDate(view.lastDay, locale))}</p>
      ) : (
        <InvoiceRequestForm
          orderId={orderId}
          until={t.until(formatDate(view.lastDay, locale))}
          initial={view.initial}
          countries={view.countries}
        />
      )}
    </section>
  );
}
