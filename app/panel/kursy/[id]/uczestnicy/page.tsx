import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { courseForEditing, learnersOf } from '@/lib/learning/editing/panel-queries';
import { formatPercent } from '@/lib/certificates/content';
import { formatLastDay } from '@/lib/format/time';
import { ProgressBar } from '@/components/learning/progress-bar';
import { CourseNav } from '../course-nav';

export const metadata: Metadata = { title: 'Uczestnicy kursu — panel' };

const STATE = {
  active: 'aktywny',
  ended: 'zakończony',
  'not-started': 'od przyszłej daty',
  revoked: 'cofnięty',
} as const;

export default async function Learners({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('panel:courses', `/panel/kursy/${id}/uczestnicy`);
  const [course, learners] = await Promise.all([courseForEditing(id), learnersOf(id)]);
  if (!course) notFound();
  return (
    <div className="space-y-6">
      <CourseNav id={id} title={course.title} current="learners" />
      {learners.length === 0 ? (
        <p className="card">Nikt jeszcze nie ma dostępu do tego kursu.</p>
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <thead>
              <tr>
                <th>Uczestnik</th>
                <th>Dostęp</th>
                <th className="min-w-40">Postęp</th>
                <th>Podejścia</th>
                <th>Najlepszy wynik</th>
                <th>Zaświadczenie</th>
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
                    {STATE[l.state]}
                    {l.endsAt && (
                      <>
                        <br />
                        <span className="text-slate-600">do {formatLastDay(l.endsAt)}</span>
                      </>
                    )}
                  </td>
                  <td>
                    <ProgressBar percent={l.percent} label={`Postęp: ${l.name}`} />
                  </td>
                  <td>
                    {l.attempts} / {course.maxAttempts}
                  </td>
                  <td>{l.best === null ? '—' : `${formatPercent(l.best)}${l.passed ? ' ✓ zaliczony' : ''}`}</td>
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
