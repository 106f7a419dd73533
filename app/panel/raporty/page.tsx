import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { reportQueue } from '@/lib/groups/report/final-reports';
import { upcomingReports } from '@/lib/groups/staff-list';
import { currentTime } from '@/lib/clock/clock';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).groups.reportsQueue) };
}

export default async function ReportsQueuePage() {
  const locale = await currentLocale();
  await requirePermission('panel:reports', '/panel/raporty');
  const [reports, upcoming] = await Promise.all([reportQueue(), upcomingReports()]);
  const now = currentTime();
  const { groups: t, panel } = messages(locale);
  const p = panel.reports;
  const u = t.staffList;
  return (
    <div className="space-y-4">
      <h1 className="h1">{t.reportsQueue}</h1>
      {reports.length === 0 ? (
        <p className="card">{t.reportsQueueEmpty}</p>
      ) : (
        <ScrollTable label={p.table} className="card p-0">
          <table className="table">
            <thead>
              <tr>
                <th>{p.colCompany}</th>
                <th>{p.colCourse}</th>
                <th>{p.colList}</th>
                <th>{p.colParticipants}</th>
                <th>{p.colBuilt}</th>
                <th>{panel.status}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link className="link" href={`/panel/raporty/${r.id}`}>
                      {r.group.companyName}
                    </Link>
                  </td>
                  <td>{r.group.course.title}</td>
                  <td>
                    {r.upload.fileName}
                    {r.upload.provisionedAt && (
                      <span className="block text-xs text-slate-600">
                        {p.accountsSince(formatDate(r.upload.provisionedAt, locale))}
                      </span>
                    )}
                  </td>
                  <td>{r.participants}</td>
                  <td>{formatDateTime(r.builtAt, locale)}</td>
                  <td>{t.reportStatus[r.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <section className="space-y-3" aria-labelledby="nadchodzace">
        <h2 id="nadchodzace" className="h2">
          {u.upcoming}
        </h2>
        {upcoming.length === 0 ? (
          <p className="card">{u.upcomingEmpty}</p>
        ) : (
          <ScrollTable label={u.upcomingTable} className="card p-0">
            <table className="table" data-testid="upcoming-reports">
              <thead>
                <tr>
                  <th>{u.colDue}</th>
                  <th>{p.colCompany}</th>
                  <th>{p.colCourse}</th>
                  <th>{u.colList}</th>
                  <th>{u.colPeople}</th>
                </tr>
              </thead>
              <tbody>
                {upcoming.map((r) => (
                  <tr key={r.id}>
                    <td>
                      {r.reportDueAt ? formatDate(r.reportDueAt, locale) : '—'}
                      {r.reportDueAt && r.reportDueAt <= now && (
                        <span className="block text-xs text-red-800">{u.overdue}</span>
                      )}
                    </td>
                    <td>
                      <Link className="link" href={`/grupy/${r.group.id}`}>
                        {r.group.companyName}
                      </Link>
                    </td>
                    <td>{r.group.course.title}</td>
                    <td>
                      {r.fileName}
                      {r.provisionedAt && (
                        <span className="block text-xs text-slate-600">
                          {p.accountsSince(formatDate(r.provisionedAt, locale))}
                        </span>
                      )}
                    </td>
                    <td>{r._count.participants}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
    </div>
  );
}
