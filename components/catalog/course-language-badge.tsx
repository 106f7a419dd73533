// The language a course is taught in, as a badge on its card and page ("in English"), with the
// full wording for screen readers; a code the catalogue does not know shows as it is.
import { messages } from '@/lib/i18n';
import { isCourseLanguage } from '@/lib/catalog/rules/course-language';
import type { Locale } from '@/lib/i18n/locales';

export function CourseLanguageBadge({ language, locale }: { language: string; locale: Locale }) {
  const t = messages(locale).courseLanguage;
  const known = isCourseLanguage(language);
  return (
    <span
      className="inline-flex w-fit items-center rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900"
      data-testid="course-language"
      data-language={language}
    >
      <span aria-hidden="true">{known ? t.badge[language] : language}</span>
      <span className="sr-only">{t.badgeLabel(known ? t.names[language] : language)}</span>
    </span>
  );
}
