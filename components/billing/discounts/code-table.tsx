// The staff list of promotional codes: effect, validity, uses against the limit, products, state.
import { ActionForm } from '@/components/forms/action-form';
import { ScrollTable } from '@/components/forms/scroll-table';
import { deactivateCode } from '@/lib/actions/billing/discounts-codes';
import type { CodeRow } from '@/lib/billing/discounts/panel';
import { messages } from '@/lib/i18n';

export function DiscountCodeTable({ rows }: { rows: CodeRow[] }) {
  const t = messages().discounts.panel;
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
              <td className="whitespace-nowrap">{r.validity}</td>
              <td className="whitespace-nowrap">
                {r.uses} / {r.maxUses ?? t.noLimit}
              </td>
              <td className="whitespace-nowrap">{r.maxUsesPerPayer ?? t.noLimit}</td>
              <td>{r.products.length ? r.products.join(', ') : t.allProducts}</td>
              <td>
                {r.active ? (
                  <ActionForm
                    action={deactivateCode}
                    hidden={{ id: r.id }}
                    submit={t.deactivate}
                    buttonClass="btn-secondary"
                    className="flex flex-wrap items-center gap-2"
                  >
                    <span>{t.yes}</span>
                  </ActionForm>
                ) : (
                  t.no
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
