// Things built from the catalogue once per language: a zod schema fixes its texts when it is built,
// so a form's schema is a function of the reader's language (`formAction({ schema: xSchema })`).
import { messages, type Messages } from './index';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/** `build` run once per language (on first use) with that language's catalogue; Polish for an unknown one. */
export function perLocale<T>(build: (m: Messages, locale: Locale) => T): (locale?: string) => T {
  const made = new Map<Locale, T>();
  return (requested) => {
    const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = build(messages(locale), locale)));
    return value;
  };
}
