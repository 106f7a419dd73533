import Link from 'next/link';
import { messages } from '@/lib/i18n';
import type { Outline } from '@/lib/learning/outline';
import { ProgressBar } from './progress-bar';
import { currentLocale } from '@/lib/locale/current';

/**
 * The course's table of contents with done marks; the current lesson is marked for screen readers.
 * `basePath` points the links elsewhere (the staff preview, /panel/kursy/<id>/podglad).
 */
export async function CourseOutline({
  slug,
  outline,
  currentLessonId,
  basePath,
}: {
  slug: string;
  outline: Outline;
  currentLessonId?: string;
  basePath?: string;
}) {
  const locale = await currentLocale();
  const t = messages(locale).learning;
  const base = basePath ?? `/nauka/${slug}`;
  return (
    <nav aria-label={t.courseContents} className="space-y-4">
      <div className="space-y-1">
        <ProgressBar percent={outline.percent} label={t.progressAria} locale={locale} />
        <p className="text-sm text-slate-600">{t.progressLabel(outline.done, outline.total)}</p>
      </div>
      {outline.modules.map((m, mi) => (
        <div key={m.id} className="space-y-1">
          <h2 className="text-sm font-semibold text-slate-900">
            {mi + 1}. <span data-course-content>{m.title}</span>
          </h2>
          <ol className="space-y-0.5">
            {m.lessons.map((l) => {
              const current = l.id === currentLessonId;
              return (
                <li key={l.id}>
                  <Link
                    href={`${base}/lekcje/${l.id}`}
                    aria-current={current ? 'page' : undefined}
                    className={`flex items-start gap-2 rounded-md px-2 py-1.5 text-sm ${current ? 'bg-brand-50 font-semibold text-brand-800' : 'text-slate-700 hover:bg-slate-100'}`}
                  >
                    <span
                      aria-hidden="true"
                      className={`mt-0.5 inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-full border text-[10px] ${l.done ? 'border-green-700 bg-green-700 text-white' : 'border-slate-400'}`}
                    >
                      {l.done ? '✓' : ''}
                    </span>
                    <span className="flex-1" data-course-content>
                      {l.title}
                    </span>
                    <span className="sr-only">— {l.done ? t.lessonDone : t.lessonNotDone}</span>
                  </Link>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      <Link
        href={basePath ? `${basePath}#test` : `/nauka/${slug}/test`}
        className="block rounded-md px-2 py-1.5 text-sm font-semibold text-brand-700 hover:bg-slate-100"
      >
        {t.testTitle}
      </Link>
    </nav>
  );
}
