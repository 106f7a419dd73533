import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { reportForStaff } from '@/lib/groups/report/final-reports';
import { formatScore } from '@/lib/groups/report/report-export';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { groups as t } from '@/lib/i18n/pl/groups';
import { ReportReviewForm } from '@/components/groups/report-review-form';
import { ScrollTable } from '@/components/forms/scroll-table';

export const metadata: Metadata = { title: 'Raport końcowy — panel' };

export default async function ReportReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('panel:reports', `/panel/raporty/${id}`);
  const r = await reportForStaff(id);
  if (!r) notFound();
  const passed = r.rows.filter((x) => x.passed).length;
  return (
    <div className="space-y-4">
      <p>
        <Link href="/panel/raporty" className="link">
          ← {t.reportsQueue}
        </Link>
      </p>
      <h1 className="h1">Raport końcowy — {r.group.companyName}</h1>
      <p className="muted">
        {r.group.course.title} · lista {r.upload.fileName} · przygotowano {formatDateTime(r.builtAt)} ·{' '}
        {t.reportStatus[r.status]}
        {r.approvedAt ? ` ${formatDateTime(r.approvedAt)}` : ''}
      </p>
      <p>
        Uczestnicy: {r.rows.length}, zaliczyli: {passed}
      </p>
      <ScrollTable label="Wiersze raportu" className="card p-0">
        <table className="table" data-testid="report-rows">
          <thead>
            <tr>
              <th>Uczestnik</th>
              <th>Login</th>
              <th>Wynik testu</th>
              <th>Zaliczony</th>
              <th>Data</th>
              <th>Nr zaświadczenia</th>
            </tr>
          </thead>
          <tbody>
            {r.rows.map((row) => (
              <tr key={row.login}>
                <td>
                  {row.firstName} {row.lastName}
                </td>
                <td className="font-mono">{row.login}</td>
                <td>{formatScore(row.score)}</td>
                <td>{row.passed ? 'tak' : 'nie'}</td>
                <td>{row.date ? formatDate(row.date) : '—'}</td>
                <td>{row.certificateNumber ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <section className="card" aria-label="Sprawdzenie raportu">
        <ReportReviewForm reportId={r.id} comment={r.staffComment ?? ''} approved={r.status === 'APPROVED'} />
      </section>
    </div>
  );
}
