import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { courseForEditing, learnersOf } from '@/lib/learning/editing/panel-queries';
import { formatPercent } from '@/lib/format/percent';
import { formatLastDay } from '@/lib/format/time';
import { ProgressBar } from '@/components/learning/progress-bar';
import { CourseNav } from '../course-nav';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).panel.courses.learnersTitle) };
}

export default async function Learners({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  await requirePermission('panel:courses', `/panel/kursy/${id}/uczestnicy`);
  const [course, learners] = await Promise.all([courseForEditing(id), learnersOf(id)]);
  if (!course) notFound();
  const t = messages(locale).panel.courses;
  return (
    <div className="space-y-6">
      <CourseNav id={id} title={course.title} current="learners" />
      {learners.length === 0 ? (
        <p className="card">{t.noLearners}</p>
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <thead>
              <tr>
                <th>{t.colLearner}</th>
                <th>{t.colAccess}</th>
                <th className="min-w-40">{t.colProgress}</th>
                <th>{t.colAttempts}</th>
                <th>{t.colBest}</th>
                <th>{t.colCertificate}</th>
              </tr>
            </thead>
            <tbody>
              {learners.map((l) => (
                <tr key={l.id}>
                  <td>
                    <span className="font-medium">{l.name}</span>
                    <br />
                    <span className="text-slate-600">{l.contact}</span>
                  </td>
                  <td>
                    {t.learnerState[l.state]}
                    {l.endsAt && (
                      <>
                        <br />
                        <span className="text-slate-600">{t.accessUntil(formatLastDay(l.endsAt, locale))}</span>
                      </>
                    )}
                  </td>
                  <td>
                    <ProgressBar percent={l.percent} locale={locale} label={t.progressOf(l.name)} />
                  </td>
                  <td>
                    {l.attempts} / {course.maxAttempts}
                  </td>
                  <td>{l.best === null ? '—' : `${formatPercent(l.best, locale)}${l.passed ? t.passedMark : ''}`}</td>
                  <td className="font-mono text-xs">{l.certificate ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
