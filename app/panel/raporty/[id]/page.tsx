import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { reportForStaff } from '@/lib/groups/report/final-reports';
import { formatScore } from '@/lib/groups/report/report-export';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ReportReviewForm } from '@/components/groups/report-review-form';
import { ScrollTable } from '@/components/forms/scroll-table';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).panel.reports.reportTitle) };
}

export default async function ReportReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  await requirePermission('panel:reports', `/panel/raporty/${id}`);
  const r = await reportForStaff(id);
  if (!r) notFound();
  const passed = r.rows.filter((x) => x.passed).length;
  const { groups: t, panel } = messages(locale);
  const p = panel.reports;
  return (
    <div className="space-y-4">
      <p>
        <Link href="/panel/raporty" className="link">
          ← {t.reportsQueue}
        </Link>
      </p>
      <h1 className="h1">{p.heading(r.group.companyName)}</h1>
      <p className="muted">
        {p.summary(
          r.group.course.title,
          r.upload.fileName,
          formatDateTime(r.builtAt, locale),
          t.reportStatus[r.status],
          r.approvedAt ? formatDateTime(r.approvedAt, locale) : null,
        )}
      </p>
      <p>{t.exports.participants(r.rows.length, passed)}</p>
      <ScrollTable label={p.rows} className="card p-0">
        <table className="table" data-testid="report-rows">
          <thead>
            <tr>
              <th>{t.colName}</th>
              <th>{t.colLogin}</th>
              <th>{t.exports.score}</th>
              <th>{t.exports.passed}</th>
              <th>{p.colDate}</th>
              <th>{t.exports.certificateNumber}</th>
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
                <td>{row.passed ? t.exports.yes : t.exports.no}</td>
                <td>{row.date ? formatDate(row.date, locale) : '—'}</td>
                <td>{row.certificateNumber ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <section className="card" aria-label={p.review}>
        <ReportReviewForm reportId={r.id} comment={r.staffComment ?? ''} approved={r.status === 'APPROVED'} />
      </section>
    </div>
  );
}
