// Ukrainian texts of the language switcher. Mirrors lib/i18n/pl/language-switch.ts.
import type { Messages } from '../pl';

export const languageSwitch: Messages['languageSwitch'] = {
  label: 'Мова',
  change: 'Змінити',
  names: { pl: 'Polski', en: 'English', uk: 'Українська' },
  partly: 'Частина цієї сторінки ще польською.',
};
