// The interface languages and how one is chosen, as pure functions (no request, no database):
// the server-side reading of the profile, cookie and Accept-Language is lib/locale/current.ts.

export const LOCALES = ['pl', 'en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'pl';

/** The cookie that keeps a visitor's choice (a signed-in person's is on the profile). */
export const LOCALE_COOKIE = 'locale';

export const isLocale = (v: unknown): v is Locale =>
  typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

/** The best of our languages in an Accept-Language header ("uk-UA,uk;q=0.9,en;q=0.8"), or null. */
export function negotiate(header: string | null | undefined): Locale | null {
  if (!header) return null;
  let best: { locale: Locale; q: number; at: number } | null = null;
  header.split(',').forEach((part, at) => {
    const [tag, ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    // Russian-speaking Ukrainians often send ru first; we still only offer what we have.
    if (!isLocale(primary)) return;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) return;
    // Highest q wins; on a tie the earlier entry does (the browser's order).
    if (!best || q > best.q) best = { locale: primary, q, at };
  });
  return (best as { locale: Locale } | null)?.locale ?? null;
}

/** The profile's language, else the cookie's, else the browser's, else Polish. */
export function resolveLocale(input: {
  profile?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(input.profile)) return input.profile;
  if (isLocale(input.cookie)) return input.cookie;
  return negotiate(input.acceptLanguage) ?? DEFAULT_LOCALE;
}
