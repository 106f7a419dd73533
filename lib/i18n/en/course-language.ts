// English catalogue: the language a course is taught in. Mirrors lib/i18n/pl/course-language.ts key for key.
import type { Messages } from '../pl';

export const courseLanguage: Messages['courseLanguage'] = {
  label: 'Course language',
  hint: 'The language the lessons and the test are written in. The catalogue shows it on the course card and can filter by it.',
  names: { pl: 'Polish', en: 'English', uk: 'Ukrainian', de: 'German' },
  badge: { pl: 'in Polish', en: 'in English', uk: 'in Ukrainian', de: 'in German' },
  badgeLabel: (name: string) => `Course language: ${name}`,
  filter: 'Course language',
  all: 'All languages',
  invalid: 'Choose the course language from the list.',
};
