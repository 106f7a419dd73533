import Link from 'next/link';

/** Tabs of one course in the panel. */
export function CourseNav({
  id,
  title,
  current,
}: {
  id: string;
  title: string;
  current: 'edit' | 'questions' | 'learners';
}) {
  const tabs = [
    { key: 'edit', href: `/panel/kursy/${id}`, label: 'Kurs i lekcje' },
    { key: 'questions', href: `/panel/kursy/${id}/pytania`, label: 'Pytania testu' },
    { key: 'learners', href: `/panel/kursy/${id}/uczestnicy`, label: 'Uczestnicy' },
  ];
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <Link href="/panel/kursy" className="link">
          ← Kursy
        </Link>
      </p>
      <h1 className="h1">{title}</h1>
      <nav aria-label="Sekcje kursu" className="flex flex-wrap gap-2 border-b border-slate-200">
        {tabs.map((t) => (
          <Link
            key={t.key}
            href={t.href}
            aria-current={t.key === current ? 'page' : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${t.key === current ? 'border-brand-600 text-brand-800' : 'border-transparent text-slate-700 hover:text-brand-700'}`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
