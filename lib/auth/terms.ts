// The version of the terms a person accepts, stored with every account and order: the one in
// force at that moment (lib/legal/registry.ts), and whether a signed-in person must be asked
// to accept a newer one (the banner after login, components/legal/terms-banner.tsx).
import { currentTime } from '@/lib/clock/clock';
import { currentTermsVersion, latestVersion, versionIndex } from '@/lib/legal/registry';

/** The terms version in force at `now`: what registration and orders record. */
export const termsVersionInForce = (now: Date = currentTime()) => currentTermsVersion(now);

/**
 * Whether a person who accepted `accepted` (null: never; an unknown id counts as older) must be
 * asked to accept the terms: a newer version is published — in force, or announced and
 * taking effect later (they have an ongoing contract and are told before it applies).
 */
export const needsTermsAcceptance = (accepted: string | null | undefined) =>
  versionIndex('terms', accepted) < versionIndex('terms', latestVersion('terms').version);
