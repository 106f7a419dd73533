import type { Metadata } from 'next';
import { CourseCard } from '@/components/catalog/course-card';
import { catalogueListing } from '@/lib/catalog/courses';
import { LANGUAGE_PARAM, languageFilter, languageOptions } from '@/lib/catalog/rules/course-language';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).nav.courses };
}
export const dynamic = 'force-dynamic';

export default async function CoursesPage({
  searchParams,
}: {
  searchParams: Promise<{ kategoria?: string; q?: string; [LANGUAGE_PARAM]?: string | string[] }>;
}) {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.catalog;
  const params = await searchParams;
  const { kategoria, q } = params;
  const language = languageFilter(params[LANGUAGE_PARAM]);
  const { courses, categories, taught } = await catalogueListing({ category: kategoria, q, language });
  const tl = m.courseLanguage;
  return (
    <div className="space-y-6">
      <h1 className="h1">{t.title}</h1>
      <form role="search" className="flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1">
          <label htmlFor="q" className="label">
            {t.search}
          </label>
          <input id="q" name="q" defaultValue={q} placeholder={t.searchPlaceholder} className="input" />
        </div>
        <div>
          <label htmlFor="kategoria" className="label">
            {t.category}
          </label>
          <select id="kategoria" name="kategoria" defaultValue={kategoria ?? ''} className="input">
            <option value="">{t.allCategories}</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug} data-course-content>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={LANGUAGE_PARAM} className="label">
            {tl.filter}
          </label>
          <select id={LANGUAGE_PARAM} name={LANGUAGE_PARAM} defaultValue={language ?? ''} className="input">
            <option value="">{tl.all}</option>
            {languageOptions(taught).map((l) => (
              <option key={l} value={l}>
                {tl.names[l]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-primary">
          {t.filter}
        </button>
      </form>
      {courses.length === 0 ? (
        <p className="muted">{t.noResults}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {courses.map((c) => (
            <CourseCard key={c.id} course={c} locale={locale} />
          ))}
        </ul>
      )}
    </div>
  );
}
