// The legal pages' model: a document version with this deployment's seller and addresses, whether
// it is in force, past or upcoming, the announced next version, and every version for the switcher.
import { currentTime } from '@/lib/clock/clock';
import { formatDate, fromWarsaw } from '@/lib/format/time';
import { seller } from '@/lib/invoices/seller';
import { absoluteUrl } from '@/lib/url';
import type { LegalContext, LegalDocument } from './document';
import { currentVersion, findVersion, LEGAL_VERSIONS, upcomingVersion, versionIndex, translationOf } from './registry';

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

export type VersionStatus = 'past' | 'current' | 'upcoming';

export type LegalPage = {
  document: LegalDocument;
  /** The version's courtesy translation into the reader's language, when there is one. */
  translation: LegalDocument | null;
  status: VersionStatus;
  /** The published version that takes effect later (shown as a notice on the current one). */
  upcoming: { version: string; effectiveFrom: string } | null;
  versions: { version: string; effectiveFrom: string; status: VersionStatus }[];
};

/** The version asked for (the one in force without one), or null for an unknown version. */
export function legalPage(
  kind: LegalDocument['kind'],
  version?: string,
  now = currentTime(),
  locale: string = 'pl',
): LegalPage | null {
  const inForce = currentVersion(kind, now);
  const next = upcomingVersion(kind, now);
  const v = version ? findVersion(kind, version) : inForce;
  if (!v) return null;
  const statusOf = (id: string): VersionStatus => {
    const d = versionIndex(kind, id) - versionIndex(kind, inForce.version);
    return d === 0 ? 'current' : d < 0 ? 'past' : 'upcoming';
  };
  const translate = translationOf(v, locale);
  return {
    document: v.render(legalContext()),
    translation: translate ? translate(legalContext()) : null,
    status: statusOf(v.version),
    upcoming: next && next.version !== v.version ? { version: next.version, effectiveFrom: next.effectiveFrom } : null,
    versions: [...LEGAL_VERSIONS[kind]]
      .reverse()
      .map((x) => ({ version: x.version, effectiveFrom: x.effectiveFrom, status: statusOf(x.version) })),
  };
}

/** What the footer says: the terms in force and the announced next version, if any. */
export function termsFooter(now = currentTime()) {
  const next = upcomingVersion('terms', now);
  return {
    version: currentVersion('terms', now).version,
    upcoming: next ? { version: next.version, effectiveFrom: next.effectiveFrom } : null,
  };
}

/** A version's day ("2026-12-15") as shown: "15.12.2026". */
export function legalDay(key: string, locale?: string): string {
  const [y, m, d] = key.split('-').map(Number);
  return formatDate(fromWarsaw(y!, m!, d!, 12), locale);
}
