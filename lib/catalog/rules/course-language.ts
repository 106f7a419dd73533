// The language a course is taught in (Course.language): the codes a course may carry and how the
// public catalogue's ?jezyk= filter reads. Pure: no database, no request.

export const COURSE_LANGUAGES = ['pl', 'en', 'uk', 'de'] as const;
export type CourseLanguage = (typeof COURSE_LANGUAGES)[number];
/** What a course is taught in unless its editor says otherwise (the platform is Polish-first). */
export const DEFAULT_COURSE_LANGUAGE: CourseLanguage = 'pl';
/** The catalogue's query parameter: /kursy?jezyk=en. */
export const LANGUAGE_PARAM = 'jezyk';

export const isCourseLanguage = (v: unknown): v is CourseLanguage =>
  typeof v === 'string' && (COURSE_LANGUAGES as readonly string[]).includes(v);

/**
 * The filter in the address: one known code (any case, spaces trimmed), else no filter — an
 * unknown or repeated value shows the whole catalogue rather than an empty page.
 */
export function languageFilter(param: string | string[] | undefined): CourseLanguage | null {
  if (typeof param !== 'string') return null;
  const code = param.trim().toLowerCase();
  return isCourseLanguage(code) ? code : null;
}

/** The filter's options: every language some published course is taught in, in the list's order. */
export function languageOptions(taught: readonly string[]): CourseLanguage[] {
  return COURSE_LANGUAGES.filter((l) => taught.includes(l));
}
