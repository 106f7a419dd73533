// The verification queue of declared discounts: who, which contract, what was declared, decision.
import Link from 'next/link';
import { ScrollTable } from '@/components/forms/scroll-table';
import { panelContractLink } from '@/lib/billing/discounts/links';
import type { QueueRow } from '@/lib/billing/discounts/panel';
import { messages } from '@/lib/i18n';
import { VerifyDiscountForm } from './verify-form';
import { currentLocale } from '@/lib/locale/current';

export async function DiscountQueue({ rows }: { rows: QueueRow[] }) {
  const locale = await currentLocale();
  const t = messages(locale).discounts.panel;
  const c = t.columns;
  return (
    <ScrollTable label={t.queue} className="card p-0" cards>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{c.payer}</th>
            <th scope="col">{c.contract}</th>
            <th scope="col">{c.type}</th>
            <th scope="col">{c.declared}</th>
            <th scope="col">{c.decision}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.payer}</td>
              <td className="whitespace-nowrap">
                <Link href={panelContractLink(r.contractNumber)} className="link">
                  {r.contractNumber}
                </Link>
                <span className="block text-xs text-slate-600">{r.since}</span>
              </td>
              <td className="whitespace-nowrap">
                {r.type}
                <span className="block text-xs text-slate-600">{r.effect}</span>
              </td>
              <td>
                {r.declared.map((l) => (
                  <span key={l} className="block">
                    {l}
                  </span>
                ))}
              </td>
              <td className="min-w-64">
                <VerifyDiscountForm id={r.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
