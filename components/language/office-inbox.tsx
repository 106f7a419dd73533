// The office's inbox: one row per learner's thread, unread ones first, with the latest message's
// time and side and a link to answer.
import Link from 'next/link';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { officeThreadPath } from '@/lib/language/office/paths';
import type { InboxRow } from '@/lib/language/office/thread';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

export async function OfficeInbox({ rows }: { rows: InboxRow[] }) {
  const locale = await currentLocale();
  const t = messages(locale).languageOffice.inbox;
  if (rows.length === 0) return <p className="card muted">{t.none}</p>;
  return (
    <ScrollTable label={t.title} cards className="card p-0">
      <table className="table" data-testid="office-inbox">
        <thead>
          <tr>
            <th>{t.colLearner}</th>
            <th>{t.colLast}</th>
            <th>{t.colUnread}</th>
            <th className="sm:text-right">{t.colCount}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.learnerId} className={r.unread > 0 ? 'font-semibold' : undefined}>
              <td>
                <div>
                  <Link href={officeThreadPath(r.learnerId)} className="link">
                    {r.name}
                  </Link>
                  {r.email && <span className="block text-xs font-normal text-slate-600">{r.email}</span>}
                </div>
              </td>
              <td>
                <div>
                  {formatDateTime(r.lastAt, locale)}
                  <span className="block text-xs font-normal text-slate-600">{t.lastFrom(r.lastFromOffice)}</span>
                </div>
              </td>
              <td>{t.unreadCount(r.unread)}</td>
              <td className="sm:text-right">{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
