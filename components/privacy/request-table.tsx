// A list of privacy requests: number (a link for staff), person, kind, receipt, deadline with the
// days left or the status.
import Link from 'next/link';
import { ScrollTable } from '@/components/forms/scroll-table';
import { messages } from '@/lib/i18n';
import type { RequestView } from '@/lib/privacy/requests/queue';
import { currentLocale } from '@/lib/locale/current';

const TONE = { ok: 'text-slate-700', soon: 'font-semibold text-amber-800', overdue: 'font-semibold text-red-700' };

export async function RequestTable({ label, rows, staff }: { label: string; rows: RequestView[]; staff?: boolean }) {
  const locale = await currentLocale();
  const t = messages(locale).privacy.requests.panel;
  return (
    <ScrollTable label={label} className={staff ? 'card p-0' : undefined} cards={!staff}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t.colNumber}</th>
            {staff && <th scope="col">{t.colFrom}</th>}
            <th scope="col">{t.colKind}</th>
            <th scope="col">{t.colReceived}</th>
            <th scope="col">{t.colDue}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="whitespace-nowrap">
                {staff ? (
                  <Link href={`/panel/wnioski-rodo/${r.id}`} className="link">
                    {r.number}
                  </Link>
                ) : (
                  r.number
                )}
              </td>
              {staff && (
                <td>
                  {r.name}
                  <span className="block text-xs text-slate-600">{r.email}</span>
                </td>
              )}
              <td>{r.kind}</td>
              <td className="whitespace-nowrap">{r.received}</td>
              <td className="whitespace-nowrap">
                {r.lastDay}
                <span className={`block text-xs ${r.countdown ? TONE[r.countdown.tone] : 'text-slate-600'}`}>
                  {r.countdown?.text ?? t.decidedAt(r.decided ?? '', r.status)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
