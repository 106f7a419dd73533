import { z } from 'zod';
import { pl, type Messages } from './pl';

// zod's own messages (types, lengths) in Polish; our schemas add their own where it matters.
z.config(z.locales.pl());

const catalogues: Record<string, Messages> = { pl };

/** The message catalogue for a language; Polish is the only one so far. */
export function messages(locale = 'pl'): Messages {
  return catalogues[locale] ?? pl;
}
