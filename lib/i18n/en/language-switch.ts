// English texts of the language switcher. Mirrors lib/i18n/pl/language-switch.ts.
import type { Messages } from '../pl';

export const languageSwitch: Messages['languageSwitch'] = {
  label: 'Language',
  change: 'Change',
  names: { pl: 'Polski', en: 'English', uk: 'Українська' },
  partly: 'Parts of this page are still in Polish.',
};
