// The English (or other) labels a sales document carries beside its Polish ones for a reader of
// another language. The document stays the Polish one the VAT act requires: a gloss only adds a
// translation after each Polish label ("Sprzedawca / Seller"), never replaces it, and the page
// says that the translation is a courtesy. In Polish, and in a language without these texts,
// every gloss is empty and the document is exactly the Polish one.
import { messages } from '@/lib/i18n';

export type Gloss = ReturnType<typeof glossOf>;

export function glossOf(locale: string | undefined) {
  const g = messages(locale).invoices.pdfGloss;
  /** "Polish / gloss" on one line, or the Polish alone. */
  const inline = (pl: string, gloss: string) => (gloss ? `${stripColon(pl)} / ${gloss}${endsColon(pl)}` : pl);
  /** The gloss on its own line under the Polish (narrow cells). */
  const below = (pl: string, gloss: string) => (gloss ? `${pl}\n${gloss}` : pl);
  return { g, locale, inline, below };
}

const endsColon = (s: string) => (s.endsWith(':') ? ':' : '');
const stripColon = (s: string) => (s.endsWith(':') ? s.slice(0, -1) : s);
