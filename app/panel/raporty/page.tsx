import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { reportQueue } from '@/lib/groups/report/final-reports';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { groups as t } from '@/lib/i18n/pl/groups';
import { ScrollTable } from '@/components/forms/scroll-table';

export const metadata: Metadata = { title: 'Raporty końcowe — panel' };

export default async function ReportsQueuePage() {
  await requirePermission('panel:reports', '/panel/raporty');
  const reports = await reportQueue();
  return (
    <div className="space-y-4">
      <h1 className="h1">{t.reportsQueue}</h1>
      {reports.length === 0 ? (
        <p className="card">{t.reportsQueueEmpty}</p>
      ) : (
        <ScrollTable label="Raporty do sprawdzenia" className="card p-0">
          <table className="table">
            <thead>
              <tr>
                <th>Firma</th>
                <th>Kurs</th>
                <th>Lista</th>
                <th>Uczestnicy</th>
                <th>Przygotowano</th>
                <th>Stan</th>
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
                      <span className="block text-xs text-slate-600">konta z {formatDate(r.upload.provisionedAt)}</span>
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
