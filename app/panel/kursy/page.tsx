import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { listCoursesForStaff } from '@/lib/learning/editing/panel-queries';
import { formatMoney } from '@/lib/format/money';

export const metadata: Metadata = { title: 'Kursy — panel' };

export default async function PanelCourses() {
  await requirePermission('panel:courses', '/panel/kursy');
  const courses = await listCoursesForStaff();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="h1">Kursy</h1>
        <Link href="/panel/kursy/nowy" className="btn-primary">
          Nowy kurs
        </Link>
      </div>
      <div className="card overflow-x-auto p-0">
        <table className="table">
          <thead>
            <tr>
              <th>Kurs</th>
              <th>Stan</th>
              <th>Cena</th>
              <th>Moduły</th>
              <th>Pytania</th>
              <th>Uczestnicy</th>
            </tr>
          </thead>
          <tbody>
            {courses.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/panel/kursy/${c.id}`} className="link">
                    {c.title}
                  </Link>
                </td>
                <td>{c.published ? 'opublikowany' : <span className="font-medium text-amber-800">ukryty</span>}</td>
                <td className="whitespace-nowrap">{formatMoney(c.priceGross)}</td>
                <td>{c._count.modules}</td>
                <td>{c._count.questions}</td>
                <td>
                  <Link href={`/panel/kursy/${c.id}/uczestnicy`} className="link">
                    {c._count.enrolments}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
