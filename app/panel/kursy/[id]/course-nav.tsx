import Link from 'next/link';
import { messages } from '@/lib/i18n';

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
  const m = messages();
  const t = m.panel.courses.tabs;
  const tabs = [
    { key: 'edit', href: `/panel/kursy/${id}`, label: t.edit },
    { key: 'questions', href: `/panel/kursy/${id}/pytania`, label: t.questions },
    { key: 'learners', href: `/panel/kursy/${id}/uczestnicy`, label: t.learners },
  ];
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <Link href="/panel/kursy" className="link">
          ← {m.nav.courses}
        </Link>
      </p>
      <h1 className="h1">{title}</h1>
      <nav aria-label={t.label} className="flex flex-wrap gap-2 border-b border-slate-200">
        {tabs.map((tab) => (
          <Link
            key={tab.key}
            href={tab.href}
            aria-current={tab.key === current ? 'page' : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${tab.key === current ? 'border-brand-600 text-brand-800' : 'border-transparent text-slate-700 hover:text-brand-700'}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
