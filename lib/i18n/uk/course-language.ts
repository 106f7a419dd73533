// Ukrainian catalogue: the language a course is taught in. Mirrors lib/i18n/pl/course-language.ts key for key.
import type { Messages } from '../pl';

export const courseLanguage: Messages['courseLanguage'] = {
  label: 'Мова курсу',
  hint: 'Мова, якою написано уроки й тест. Каталог показує її на картці курсу і дає змогу фільтрувати за нею.',
  names: { pl: 'польська', en: 'англійська', uk: 'українська', de: 'німецька' },
  badge: { pl: 'польською', en: 'англійською', uk: 'українською', de: 'німецькою' },
  badgeLabel: (name: string) => `Мова курсу: ${name}`,
  filter: 'Мова курсу',
  all: 'Усі мови',
  invalid: 'Виберіть мову курсу зі списку.',
};
