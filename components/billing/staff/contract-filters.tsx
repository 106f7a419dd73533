// The contract list's filters: a plain GET form, so a filtered list is a link staff can share.
import { messages } from '@/lib/i18n';
import type { ContractStatus } from '@/lib/db/generated/enums';

export function ContractFilters({
  statuses,
  products,
  chosen,
}: {
  statuses: ContractStatus[];
  products: string[];
  chosen: { status?: string; product?: string; overdue: boolean; q?: string };
}) {
  const m = messages();
  const t = m.billingPanel.list;
  return (
    <form role="search" className="card flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="q" className="label">
          {t.search}
        </label>
        <input id="q" name="q" defaultValue={chosen.q} className="input" />
      </div>
      <div>
        <label htmlFor="stan" className="label">
          {t.status}
        </label>
        <select id="stan" name="stan" defaultValue={chosen.status ?? ''} className="input">
          <option value="">{t.all}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {m.billingAccount.status[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="produkt" className="label">
          {t.product}
        </label>
        <select id="produkt" name="produkt" defaultValue={chosen.product ?? ''} className="input">
          <option value="">{t.all}</option>
          {products.map((p) => (
            <option key={p} value={p}>
              {m.billingPanel.products[p] ?? p}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 pb-2 text-sm">
        <input type="checkbox" name="zalegle" value="1" defaultChecked={chosen.overdue} className="h-4 w-4" />
        {t.overdue}
      </label>
      <button type="submit" className="btn-secondary">
        {t.filter}
      </button>
    </form>
  );
}
