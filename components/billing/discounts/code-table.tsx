// The staff list of promotional codes: effect, validity, uses against the limit, products, state.
import { ScrollTable } from '@/components/forms/scroll-table';
import type { CodeRow } from '@/lib/billing/discounts/panel';
import { messages } from '@/lib/i18n';
import { DeactivateCode } from './deactivate-code';
import { currentLocale } from '@/lib/locale/current';

export async function DiscountCodeTable({ rows }: { rows: CodeRow[] }) {
  const locale = await currentLocale();
  const t = messages(locale).discounts.panel;
  const c = t.columns;
  return (
    <ScrollTable label={t.codes} className="card p-0" cards>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{c.code}</th>
            <th scope="col">{c.effect}</th>
            <th scope="col">{c.validity}</th>
            <th scope="col">{c.uses}</th>
            <th scope="col">{c.perPayer}</th>
            <th scope="col">{c.products}</th>
            <th scope="col">{c.active}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="font-mono whitespace-nowrap">{r.code}</td>
              <td className="whitespace-nowrap">
                {r.effect}
                {r.combinable && <span className="block text-xs text-slate-600">{t.combinable}</span>}
              </td>
              <td>{r.validity}</td>
              <td className="whitespace-nowrap">
                {r.uses} / {r.maxUses ?? t.noLimit}
              </td>
              <td className="whitespace-nowrap">{r.maxUsesPerPayer ?? t.noLimit}</td>
              <td>{r.products.length ? r.products.join(', ') : t.allProducts}</td>
              <td>
                <DeactivateCode id={r.id} active={r.active} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
