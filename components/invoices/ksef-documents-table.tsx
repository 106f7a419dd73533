// The rows of /panel/faktury: each invoice and correction, its buyer and order, its KSeF state and
// what staff can do with it (PDF and XML, UPO once accepted, resend once rejected). Cards on a phone.
import Link from 'next/link';
import type { StaffKsefRow } from '@/lib/invoices/ksef/submission';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ScrollTable } from '@/components/forms/scroll-table';
import { KsefState } from './ksef-state';
import { KsefResendForm } from './ksef-resend-form';
import { currentLocale } from '@/lib/locale/current';

const files = (r: StaffKsefRow) =>
  r.kind === 'invoice'
    ? { pdf: `/zamowienia/${r.order.id}/faktura`, xml: `/zamowienia/${r.order.id}/faktura/xml` }
    : { pdf: `/zamowienia/${r.order.id}/korekty/${r.id}`, xml: `/zamowienia/${r.order.id}/korekty/${r.id}/xml` };

export async function KsefDocumentsTable({ rows }: { rows: StaffKsefRow[] }) {
  const locale = await currentLocale();
  const t = messages(locale).ksef.panel;
  if (rows.length === 0) return <p className="card">{t.none}</p>;
  return (
    <ScrollTable label={t.table} className="card p-0" cards>
      <table className="table" data-testid="ksef-documents">
        <thead>
          <tr>
            <th>{t.colNumber}</th>
            <th>{t.colIssued}</th>
            <th>{t.colBuyer}</th>
            <th>{t.colOrder}</th>
            <th>{t.colState}</th>
            <th>{t.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.kind}-${r.id}`} data-testid="ksef-document" data-number={r.number}>
              <td>
                {/* One block, so the phone card (a flex row) stacks kind, number and the corrected invoice. */}
                <div className="min-w-0">
                  <span className="block text-xs text-slate-600">
                    {r.kind === 'invoice' ? t.invoice : t.correction}
                  </span>
                  <span className="block font-medium">{r.number}</span>
                  {r.corrects && <span className="block text-xs text-slate-600">{t.corrects(r.corrects)}</span>}
                </div>
              </td>
              <td>{formatDateTime(r.issuedAt, locale)}</td>
              <td>{r.buyerName}</td>
              <td>
                <Link className="link" href={`/panel/zamowienia/${r.order.id}`}>
                  {r.order.number}
                </Link>
              </td>
              <td>
                <KsefState row={r} />
              </td>
              <td>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
                  <a className="link text-sm" href={files(r).pdf}>
                    {t.pdf}
                  </a>
                  {r.document && r.state !== 'rejected' && (
                    <a className="link text-sm" href={files(r).xml}>
                      {t.xml}
                    </a>
                  )}
                  {r.state === 'accepted' && r.document && (
                    <a className="link text-sm" href={`/panel/faktury/${r.document.id}/upo`} data-testid="ksef-upo">
                      {t.upo}
                    </a>
                  )}
                </div>
                {r.state === 'rejected' && r.document && (
                  <div className="mt-2">
                    <KsefResendForm documentId={r.document.id} />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
