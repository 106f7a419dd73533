import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { listOrdersForStaff } from '@/lib/orders/queries';
import { ORDER_STATUS_LABEL } from '@/lib/orders/labels';
import { formatMoney } from '@/lib/format/money';
import { formatDateTime } from '@/lib/format/time';
import type { OrderStatus } from '@/lib/db/generated/enums';

export const metadata: Metadata = { title: 'Zamówienia — panel' };

export default async function StaffOrdersPage({
  searchParams,
}: {
  searchParams: Promise<{ stan?: string; q?: string }>;
}) {
  await requirePermission('panel:orders', '/panel/zamowienia');
  const { stan, q } = await searchParams;
  const status = stan && stan in ORDER_STATUS_LABEL ? (stan as OrderStatus) : undefined;
  const orders = await listOrdersForStaff({ status, q });
  return (
    <div className="space-y-4">
      <h1 className="h1">Zamówienia</h1>
      <form role="search" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="label">
            Numer, e-mail lub nabywca
          </label>
          <input id="q" name="q" defaultValue={q} className="input" />
        </div>
        <div>
          <label htmlFor="stan" className="label">
            Stan
          </label>
          <select id="stan" name="stan" defaultValue={status ?? ''} className="input">
            <option value="">Wszystkie</option>
            {Object.entries(ORDER_STATUS_LABEL).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <button className="btn-secondary" type="submit">
          Filtruj
        </button>
      </form>
      <div className="card overflow-x-auto p-0">
        <table className="table">
          <thead>
            <tr>
              <th>Numer</th>
              <th>Data</th>
              <th>Nabywca</th>
              <th>Stan</th>
              <th className="text-right">Kwota</th>
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
                <td className="whitespace-nowrap">{formatDateTime(o.createdAt)}</td>
                <td>
                  {o.buyerName}
                  <br />
                  <span className="text-slate-600">{o.buyerEmail}</span>
                </td>
                <td>{ORDER_STATUS_LABEL[o.status]}</td>
                <td className="text-right">{formatMoney(o.totalGross, o.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {orders.length === 0 && <p className="muted p-6">Brak zamówień.</p>}
      </div>
    </div>
  );
}
