// The daily count of documents not yet in KSeF: a headline (how many, since when) and the last
// 14 days by day of issue, so staff see at a glance whether anything is stuck.
import type { Backlog } from '@/lib/invoices/ksef/submission/rules/backlog';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

const dayOf = (key: string, locale: string) => formatDate(new Date(`${key}T12:00:00Z`), locale);

export async function KsefBacklog({ backlog }: { backlog: Backlog }) {
  const locale = await currentLocale();
  const t = messages(locale).ksef.panel;
  return (
    <section className="space-y-3" aria-label={t.backlogTable}>
      <Notice tone={backlog.total > 0 ? 'warning' : 'success'} role="status" data-testid="ksef-backlog">
        {backlog.total > 0 && backlog.oldest
          ? t.backlog(backlog.total, formatDateTime(backlog.oldest, locale))
          : t.backlogNone}
      </Notice>
      <details className="card">
        <summary className="cursor-pointer font-medium">{t.backlogTable}</summary>
        <ScrollTable label={t.backlogTable} className="mt-3">
          <table className="table" data-testid="ksef-backlog-days">
            <thead>
              <tr>
                <th>{t.colDay}</th>
                <th>{t.colWaiting}</th>
              </tr>
            </thead>
            <tbody>
              {backlog.days.map((d) => (
                <tr key={d.day}>
                  <td>{dayOf(d.day, locale)}</td>
                  <td className={d.count > 0 ? 'font-semibold text-amber-900' : 'text-slate-600'}>{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </details>
    </section>
  );
}
