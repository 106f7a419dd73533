import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export type CourseTab = 'edit' | 'lessons' | 'questions' | 'files' | 'learners' | 'preview';

/** Tabs of one course in the panel (the questions and files pages are the question editor's). */
export async function CourseNav({ id, title, current }: { id: string; title: string; current: CourseTab }) {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.panel.courses.courseTabs;
  const tabs: { key: CourseTab; href: string; label: string }[] = [
    { key: 'edit', href: `/panel/kursy/${id}`, label: t.course },
    { key: 'lessons', href: `/panel/kursy/${id}/lekcje`, label: t.lessons },
    { key: 'questions', href: `/panel/kursy/${id}/pytania`, label: t.questions },
    { key: 'files', href: `/panel/kursy/${id}/pliki`, label: t.files },
    { key: 'learners', href: `/panel/kursy/${id}/uczestnicy`, label: t.learners },
    { key: 'preview', href: `/panel/kursy/${id}/podglad`, label: t.preview },
  ];
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <Link href="/panel/kursy" className="link">
          ← {m.nav.courses}
        </Link>
      </p>
      <h1 className="h1 break-words">{title}</h1>
      <nav aria-label={m.panel.courses.tabs.label} className="flex flex-wrap gap-x-1 border-b border-slate-200">
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
