import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { listCoursesForStaff } from '@/lib/learning/editing/panel-queries';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).nav.courses) };
}

export default async function PanelCourses() {
  const locale = await currentLocale();
  await requirePermission('panel:courses', '/panel/kursy');
  const courses = await listCoursesForStaff();
  const m = messages(locale);
  const t = m.panel.courses;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="h1">{m.nav.courses}</h1>
        <Link href="/panel/kursy/nowy" className="btn-primary">
          {t.newCourse}
        </Link>
      </div>
      <div className="card overflow-x-auto p-0">
        <table className="table">
          <thead>
            <tr>
              <th>{t.colCourse}</th>
              <th>{m.panel.status}</th>
              <th>{t.colPrice}</th>
              <th>{t.colModules}</th>
              <th>{t.colQuestions}</th>
              <th>{t.colLearners}</th>
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
                <td>{c.published ? t.published : <span className="font-medium text-amber-800">{t.hidden}</span>}</td>
                <td className="whitespace-nowrap">{formatMoney(c.priceGross, 'PLN', locale)}</td>
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
