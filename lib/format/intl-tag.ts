// The Intl tag of an interface language ('pl' | 'en' | 'uk', see lib/i18n/locales.ts), kept here
// so formatting needs nothing from the catalogue. English is British: dates "3 December 2026".
const TAGS: Record<string, string> = { pl: 'pl-PL', en: 'en-GB', uk: 'uk-UA' };

export const intlTag = (locale: string = 'pl'): string => TAGS[locale] ?? 'pl-PL';

/** One Intl formatter per language and options, built on first use. */
export function perLocale<F>(make: (tag: string) => F): (locale?: string) => F {
  const made = new Map<string, F>();
  return (locale) => {
    const tag = intlTag(locale);
    let f = made.get(tag);
    if (!f) made.set(tag, (f = make(tag)));
    return f;
  };
}
