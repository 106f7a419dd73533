// zod's own messages (types, lengths): Polish by default, set once for every parse; a parse for a
// person in another language passes `{ error: zodErrorMap(locale) }`, which zod puts before the
// global one (our schemas' own texts still come first). Imported for its effect wherever the
// server parses user input with zod (the action wrapper, the participant-file rules), so the shared
// accessor `messages()` stays free of side effects.
import { z } from 'zod';
import type { Locale } from './locales';

z.config(z.locales.pl());

const maps = { pl: z.locales.pl().localeError, en: z.locales.en().localeError, uk: z.locales.uk().localeError };

/** zod's messages in the language, for `schema.safeParse(input, { error: zodErrorMap(locale) })`. */
export const zodErrorMap = (locale: Locale) => maps[locale];
