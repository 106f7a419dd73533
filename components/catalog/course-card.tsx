import Link from 'next/link';
import type { CourseCard as Course } from '@/lib/catalog/courses';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';
import { CourseLanguageBadge } from './course-language-badge';

/** Synchronous, in the language the page read once (bench catalogue: a list of async cards each awaited it). */
export function CourseCard({ course, locale }: { course: Course; locale: Locale }) {
  const m = messages(locale);
  return (
    <li className="card flex flex-col gap-3" data-testid="course-card">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-700" data-course-content>
          {course.category.name}
        </p>
        <CourseLanguageBadge language={course.language} locale={locale} />
      </div>
      <h3 className="text-lg font-semibold" lang={course.language} data-course-content>
        <Link href={`/kursy/${course.slug}`} className="hover:text-brand-700">
          {course.title}
        </Link>
      </h3>
      <p className="flex-1 text-sm text-slate-700" lang={course.language} data-course-content>
        {course.summary}
      </p>
      <div className="flex items-center justify-between text-sm">
        <span className="font-semibold">{formatMoney(course.priceGross, course.currency, locale)}</span>
        <span className="text-slate-600">
          {m.catalog.access}: {course.accessMonths ? m.catalog.months(course.accessMonths) : m.catalog.unlimited}
        </span>
      </div>
    </li>
  );
}
