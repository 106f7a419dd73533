// The contract list's filters: a plain GET form, so a filtered list is a link staff can share.
import { messages } from '@/lib/i18n';
import type { ContractStatus } from '@/lib/db/generated/enums';
import { FilterSelect } from '@/components/forms/filter-select';
import { currentLocale } from '@/lib/locale/current';

export async function ContractFilters({
  statuses,
  products,
  chosen,
}: {
  statuses: ContractStatus[];
  products: string[];
  chosen: { status?: string; product?: string; overdue: boolean; q?: string };
}) {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.billingPanel.list;
  return (
    <form role="search" className="card flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="q" className="label">
          {t.search}
        </label>
        <input id="q" name="q" defaultValue={chosen.q} className="input" />
      </div>
      <FilterSelect
        name="stan"
        label={t.status}
        any={t.all}
        value={chosen.status}
        choices={statuses.map((s) => ({ code: s, label: m.billingAccount.status[s] }))}
      />
      <FilterSelect
        name="produkt"
        label={t.product}
        any={t.all}
        value={chosen.product}
        choices={products.map((p) => ({ code: p, label: m.billingPanel.products[p] ?? p }))}
      />
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
