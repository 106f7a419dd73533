// Every published version of the terms and of the privacy policy, oldest first. A change is a
// new module added at the end. The one in force is the newest whose effectiveFrom (a Warsaw
// calendar day) has come; a newer one is published but upcoming, and every one stays viewable.
import { currentTime } from '@/lib/clock/clock';
import { warsawDateKey } from '@/lib/format/time';
import type { LegalContext, LegalDocument, LegalVersion } from './document';
import { privacy20261101 } from './privacy/v2026-11-01';
import { privacy20261201 } from './privacy/v2026-12-01';
import { privacy20261215 } from './privacy/v2026-12-15';
import { privacy20261216 } from './privacy/v2026-12-16';
import { terms20261101 } from './terms/v2026-11-01';
import { terms20261201 } from './terms/v2026-12-01';
import { terms20261215 } from './terms/v2026-12-15';

type Kind = LegalDocument['kind'];

export const LEGAL_VERSIONS: Record<Kind, readonly LegalVersion[]> = {
  terms: [terms20261101, terms20261201, terms20261215],
  privacy: [privacy20261101, privacy20261201, privacy20261215, privacy20261216],
};

/**
 * The version of `versions` (oldest first) in force on `now`'s Warsaw day: the newest whose
 * effectiveFrom is that day or earlier. Before the first one, the first (there is no earlier text).
 */
export function inForceAmong(versions: readonly LegalVersion[], now: Date): LegalVersion {
  const today = warsawDateKey(now);
  let found = versions[0]!;
  for (const v of versions) if (v.effectiveFrom <= today) found = v;
  return found;
}

/** The newest published version not yet in force on `now`'s Warsaw day, or null. */
export function upcomingAmong(versions: readonly LegalVersion[], now: Date): LegalVersion | null {
  const today = warsawDateKey(now);
  const last = versions[versions.length - 1]!;
  return last.effectiveFrom > today ? last : null;
}

/** The version in force now. */
export function currentVersion(kind: Kind, now: Date = currentTime()): LegalVersion {
  return inForceAmong(LEGAL_VERSIONS[kind], now);
}

/** The published version that takes effect later, if there is one. */
export function upcomingVersion(kind: Kind, now: Date = currentTime()): LegalVersion | null {
  return upcomingAmong(LEGAL_VERSIONS[kind], now);
}

/** The newest published version, in force or upcoming: what a user is asked to accept. */
export function latestVersion(kind: Kind): LegalVersion {
  const all = LEGAL_VERSIONS[kind];
  return all[all.length - 1]!;
}

/** One version by its id, or null for an unknown id. */
export function findVersion(kind: Kind, version: string): LegalVersion | null {
  return LEGAL_VERSIONS[kind].find((v) => v.version === version) ?? null;
}

/** Position in publication order; -1 for an unknown id (older than everything). */
export function versionIndex(kind: Kind, version: string | null | undefined): number {
  return version ? LEGAL_VERSIONS[kind].findIndex((v) => v.version === version) : -1;
}

/** The id of the terms in force at `now`: what registration and orders record as accepted. */
export function currentTermsVersion(now: Date = currentTime()): string {
  return currentVersion('terms', now).version;
}

/** The version's courtesy translation into `locale` (only English ones exist), or null. */
export function translationOf(v: LegalVersion, locale: string): ((ctx: LegalContext) => LegalDocument) | null {
  return locale === 'en' ? (v.translations?.en ?? null) : null;
}
