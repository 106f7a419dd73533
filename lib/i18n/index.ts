// The one accessor of the message catalogue, for server and client components alike: it has no
// side effects and imports nothing but the catalogues (zod's locale is set in ./zod-locale).
import { pl, type Messages } from './pl';

const catalogues: Record<string, Messages> = { pl };

/** The message catalogue for a language; Polish is the only one so far. */
export function messages(locale = 'pl'): Messages {
  return catalogues[locale] ?? pl;
}

export type { Messages };
