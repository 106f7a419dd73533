import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { listOrdersForStaff } from '@/lib/orders/queries';
import { ORDER_STATUS_LABEL } from '@/lib/orders/labels';
import { formatMoney } from '@/lib/format/money';
import { formatDateTime } from '@/lib/format/time';
import type { OrderStatus } from '@/lib/db/generated/enums';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).nav.orders) };
}

export default async function StaffOrdersPage({
  searchParams,
}: {
  searchParams: Promise<{ stan?: string; q?: string }>;
}) {
  const locale = await currentLocale();
  await requirePermission('panel:orders', '/panel/zamowienia');
  const { stan, q } = await searchParams;
  const status = stan && stan in ORDER_STATUS_LABEL ? (stan as OrderStatus) : undefined;
  const orders = await listOrdersForStaff({ status, q });
  const m = messages(locale);
  const t = m.panel.orders;
  return (
    <div className="space-y-4">
      <h1 className="h1">{m.nav.orders}</h1>
      <form role="search" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="label">
            {t.search}
          </label>
          <input id="q" name="q" defaultValue={q} className="input" />
        </div>
        <div>
          <label htmlFor="stan" className="label">
            {m.panel.status}
          </label>
          <select id="stan" name="stan" defaultValue={status ?? ''} className="input">
            <option value="">{t.all}</option>
            {Object.entries(m.checkout.orderStatus).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <button className="btn-secondary" type="submit">
          {t.filter}
        </button>
      </form>
      <div className="card overflow-x-auto p-0">
        <table className="table">
          <thead>
            <tr>
              <th>{t.colNumber}</th>
              <th>{t.colDate}</th>
              <th>{t.colBuyer}</th>
              <th>{m.panel.status}</th>
              <th className="text-right">{t.colAmount}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link className="link" href={`/panel/zamowienia/${o.id}`}>
                    {o.number}
                  </Link>
                </td>
                <td className="whitespace-nowrap">{formatDateTime(o.createdAt, locale)}</td>
                <td>
                  {o.buyerName}
                  <br />
                  <span className="text-slate-600">{o.buyerEmail}</span>
                </td>
                <td>{m.checkout.orderStatus[o.status]}</td>
                <td className="text-right">{formatMoney(o.totalGross, o.currency, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {orders.length === 0 && <p className="muted p-6">{t.none}</p>}
      </div>
    </div>
  );
}
