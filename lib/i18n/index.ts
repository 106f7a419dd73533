// The one accessor of the message catalogue, for server and client components alike: it has no
// side effects and imports nothing but the catalogues (zod's locale is set in ./zod-locale).
// Server components get the request's language from `catalogue()` / `currentLocale()`
// (lib/locale/current.ts); client components receive it as a prop.
import { pl, type Messages } from './pl';
import { en } from './en';
import { uk } from './uk';
import { translate, type MessageCode } from './codes';
import { withFallback } from './fallback';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

const catalogues: Record<Locale, Messages> = {
  pl,
  en: withFallback(pl, en, 'en'),
  uk: withFallback(pl, uk, 'uk'),
};

/** The message catalogue for a language (Polish for an unknown one, and per key where a translation lacks it). */
export function messages(locale: string = DEFAULT_LOCALE): Messages {
  return catalogues[isLocale(locale) ? locale : DEFAULT_LOCALE];
}

/** A message code (a refusal, a stored state) as text in the language. */
export function text(code: MessageCode, locale: string = DEFAULT_LOCALE): string {
  return translate(messages(locale), code);
}

/** A decision's reason as a code, with its text for callers that show it as it is. */
export function reasoned<C extends MessageCode>(reason: C): { reason: C; message: string } {
  return { reason, message: text(reason) };
}

export type { Messages };
export type { MessageCode, TextKey, FnKey, ParamCode } from './codes';
export { LOCALES, DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from './locales';
