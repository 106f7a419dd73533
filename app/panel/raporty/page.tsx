import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { reportQueue } from '@/lib/groups/report/final-reports';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ScrollTable } from '@/components/forms/scroll-table';

export const metadata: Metadata = { title: messages().panel.pageTitle(messages().groups.reportsQueue) };

export default async function ReportsQueuePage() {
  await requirePermission('panel:reports', '/panel/raporty');
  const reports = await reportQueue();
  const { groups: t, panel } = messages();
  const p = panel.reports;
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
                        {p.accountsSince(formatDate(r.upload.provisionedAt))}
                      </span>
                    )}
                  </td>
                  <td>{r.participants}</td>
                  <td>{formatDateTime(r.builtAt)}</td>
                  <td>{t.reportStatus[r.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
