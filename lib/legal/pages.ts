// The legal pages' model: a document version with this deployment's seller and addresses, and
// the list of all versions for the page's version switcher.
import { seller } from '@/lib/invoices/seller';
import { absoluteUrl } from '@/lib/url';
import type { LegalContext, LegalDocument } from './document';
import { currentVersion, findVersion, LEGAL_VERSIONS } from './registry';

export function legalContext(): LegalContext {
  return {
    seller: seller(),
    urls: {
      site: absoluteUrl('/'),
      terms: absoluteUrl('/regulamin'),
      privacy: absoluteUrl('/prywatnosc'),
      familyTerms: absoluteUrl('/rodzina/regulamin'),
      complaints: absoluteUrl('/reklamacje'),
      contact: absoluteUrl('/kontakt'),
    },
  };
}

export type LegalPage = {
  document: LegalDocument;
  current: boolean;
  versions: { version: string; effectiveFrom: string; current: boolean }[];
};

/** The version asked for (the one in force without one), or null for an unknown version. */
export function legalPage(kind: LegalDocument['kind'], version?: string): LegalPage | null {
  const now = currentVersion(kind);
  const v = version ? findVersion(kind, version) : now;
  if (!v) return null;
  return {
    document: v.render(legalContext()),
    current: v.version === now.version,
    versions: [...LEGAL_VERSIONS[kind]]
      .reverse()
      .map((x) => ({ version: x.version, effectiveFrom: x.effectiveFrom, current: x.version === now.version })),
  };
}
