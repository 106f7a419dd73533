// Every published version of the terms and of the privacy policy, oldest first. A change is a
// new module added at the end; the newest is the one in force, the others stay viewable.
import type { LegalDocument, LegalVersion } from './document';
import { privacy20261101 } from './privacy/v2026-11-01';
import { privacy20261201 } from './privacy/v2026-12-01';
import { terms20261101 } from './terms/v2026-11-01';
import { terms20261201 } from './terms/v2026-12-01';

export const LEGAL_VERSIONS: Record<LegalDocument['kind'], readonly LegalVersion[]> = {
  terms: [terms20261101, terms20261201],
  privacy: [privacy20261101, privacy20261201],
};

/** The version in force: the newest. */
export function currentVersion(kind: LegalDocument['kind']): LegalVersion {
  const all = LEGAL_VERSIONS[kind];
  return all[all.length - 1]!;
}

/** One version by its id, or null for an unknown id. */
export function findVersion(kind: LegalDocument['kind'], version: string): LegalVersion | null {
  return LEGAL_VERSIONS[kind].find((v) => v.version === version) ?? null;
}

/** The id of the terms in force: what registration and orders record as accepted. */
export const CURRENT_TERMS_VERSION = currentVersion('terms').version;
