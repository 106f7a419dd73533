// One list of complaints in the staff queue: number (link), sender, order, receipt, deadline.
import Link from 'next/link';
import type { ComplaintView } from '@/lib/support/complaint-view';
import { ScrollTable } from '@/components/forms/scroll-table';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

const TONE = { ok: 'text-slate-700', soon: 'font-semibold text-amber-800', overdue: 'font-semibold text-red-700' };

export async function ComplaintTable({ label, rows }: { label: string; rows: ComplaintView[] }) {
  const locale = await currentLocale();
  const t = messages(locale).support.panel;
  return (
    <ScrollTable label={label} className="card p-0">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t.colNumber}</th>
            <th scope="col">{t.colFrom}</th>
            <th scope="col">{t.colOrder}</th>
            <th scope="col">{t.colReceived}</th>
            <th scope="col">{t.colDue}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td>
                <Link href={`/panel/reklamacje/${c.id}`} className="link whitespace-nowrap">
                  {c.number}
                </Link>
              </td>
              <td>
                {c.name}
                <span className="block text-xs text-slate-600">{c.email}</span>
              </td>
              <td className="whitespace-nowrap">{c.orderNumber ?? c.schoolName ?? t.noOrder}</td>
              <td className="whitespace-nowrap">{c.received}</td>
              <td className="whitespace-nowrap">
                {c.lastDay}
                <span className={`block text-xs ${c.countdown ? TONE[c.countdown.tone] : 'text-slate-600'}`}>
                  {c.countdown?.text ?? `${t.colAnswered}: ${c.answer?.at ?? ''}`}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
