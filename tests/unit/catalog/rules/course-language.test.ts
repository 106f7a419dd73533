import { describe, expect, it } from 'vitest';
import {
  COURSE_LANGUAGES,
  DEFAULT_COURSE_LANGUAGE,
  isCourseLanguage,
  languageFilter,
  languageOptions,
} from '@/lib/catalog/rules/course-language';
import { messages } from '@/lib/i18n';

describe('the catalogue’s language filter (?jezyk=)', () => {
  it.each([
    ['a known code', 'en', 'en'],
    ['any case, spaces around', ' EN ', 'en'],
    ['Ukrainian', 'uk', 'uk'],
    ['no parameter', undefined, null],
    ['an empty value (the select’s “all”)', '', null],
    ['an unknown code', 'xx', null],
    ['a locale tag rather than a language', 'en-GB', null],
    ['the parameter repeated', ['en', 'pl'], null],
  ])('%s', (_, param, expected) => {
    expect(languageFilter(param as string | string[] | undefined)).toBe(expected);
  });

  it('offers only the languages some course is taught in, in the list’s order', () => {
    expect(languageOptions(['en', 'pl', 'pl', 'xx'])).toEqual(['pl', 'en']);
    expect(languageOptions([])).toEqual([]);
  });

  it('a course is Polish unless marked, and every code is a course language', () => {
    expect(DEFAULT_COURSE_LANGUAGE).toBe('pl');
    expect(COURSE_LANGUAGES.every(isCourseLanguage)).toBe(true);
    expect(isCourseLanguage('PL')).toBe(false);
  });

  it.each(['pl', 'en', 'uk'] as const)('every course language has its name and badge in %s', (locale) => {
    const t = messages(locale).courseLanguage;
    for (const l of COURSE_LANGUAGES) {
      expect(t.names[l]).toBeTruthy();
      expect(t.badge[l]).toBeTruthy();
    }
  });
});
