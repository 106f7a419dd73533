// The order page's invoice: the PDF and, once KSeF has it, the FA(3) XML and the KSeF number;
// while it waits, what it waits for (numbering, KSeF's answer, or offline until KSeF is back).
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

type Invoice = {
  number: string | null;
  kind: string;
  ksef: { status: string; offline: boolean; ksefNumber: string | null } | null;
} | null;

export async function OrderInvoice({
  orderId,
  invoice,
  buyerName,
  nip,
}: {
  orderId: string;
  invoice: Invoice;
  buyerName: string;
  nip: string | null;
}) {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.checkout.orderPage;
  const k = m.ksef.order;
  const ksef = invoice?.ksef ?? null;
  return (
    <section className="card space-y-3" aria-labelledby="faktura">
      <h2 id="faktura" className="h2">
        {t.invoice}
      </h2>
      {invoice?.number ? (
        <>
          <div className="flex flex-wrap gap-3">
            <a href={`/zamowienia/${orderId}/faktura`} className="btn-primary">
              {t.downloadInvoice(invoice.number)}
            </a>
            {ksef && ksef.status !== 'REJECTED' && (
              <a href={`/zamowienia/${orderId}/faktura/xml`} className="btn-secondary" data-testid="invoice-xml">
                {k.downloadXml}
              </a>
            )}
          </div>
          {ksef?.ksefNumber ? (
            <p className="text-sm font-medium" data-testid="invoice-ksef-number">
              {k.ksefNumber(ksef.ksefNumber)}
            </p>
          ) : ksef?.offline ? (
            <p className="muted text-sm">{k.offline}</p>
          ) : (
            <p className="muted text-sm">{k.waiting}</p>
          )}
        </>
      ) : invoice ? (
        <p className="muted">{t.invoiceNumbering}</p>
      ) : (
        <p className="muted">{t.invoiceLater}</p>
      )}
      <p className="text-sm text-slate-600">{t.buyer(buyerName, nip)}</p>
    </section>
  );
}
