// Courtesy translations of the contract documents. The contracts are made in Polish and only the
// Polish documents bind (they are what the law requires on a durable medium); a reader of another
// language gets, beside each of them, the same document rendered in that language and marked as a
// translation on every page. The terms have a copy only where their version has a translation.
import { isLocale, type Locale } from '@/lib/i18n';
import type { LegalContext, LegalDocument, LegalVersion } from '@/lib/legal/document';
import { translationOf } from '@/lib/legal/registry';
import type { ContractDocument } from '@/lib/orders/rules/contract-confirmation';

export type CopyLocale = Exclude<Locale, 'pl'>;

/** The language of a courtesy copy for a reader of `locale`; none for a Polish reader (or an unknown language). */
export const copyLocaleFor = (locale: string | null | undefined): CopyLocale | undefined =>
  isLocale(locale) && locale !== 'pl' ? locale : undefined;

/** `version`'s text in `locale`: the Polish original, its translation, or null when it has none. */
export function termsText(version: LegalVersion, ctx: LegalContext, locale: Locale): LegalDocument | null {
  if (locale === 'pl') return version.render(ctx);
  return translationOf(version, locale)?.(ctx) ?? null;
}

/** Whether the document has a copy in `locale` (every one but terms whose version is not translated). */
export function hasCopy(kind: ContractDocument, version: LegalVersion | null, locale: CopyLocale): boolean {
  return kind !== 'terms' || (version !== null && translationOf(version, locale) !== null);
}

/** A copy's file name: the Polish original's, with the language, so that both sit side by side. */
export const copyFileName = (original: string, locale: CopyLocale) => original.replace(/\.pdf$/, `-${locale}.pdf`);

/** `refs` (the Polish originals) and after them their copies in the reader's language, where there are. */
export function withCopies<R extends { kind: ContractDocument }>(
  refs: R[],
  locale: string,
  terms: LegalVersion | null,
): (R & { locale?: CopyLocale })[] {
  const copy = copyLocaleFor(locale);
  if (!copy) return refs;
  return [...refs, ...refs.filter((r) => hasCopy(r.kind, terms, copy)).map((r) => ({ ...r, locale: copy }))];
}
