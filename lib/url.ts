// Absolute addresses of this site (links in e-mails, certificate checks, redirects): the one
// place that joins APP_URL and a path, so a trailing slash in the configuration never doubles.
// Also the one normaliser of paths that come from outside (`next=`, lesson links): only a path
// that every browser reads as this site's survives.
import { env } from '@/lib/config/env';

/** APP_URL without a trailing slash. */
export const appOrigin = () => env().APP_URL.replace(/\/$/, '');

/** The origin (scheme://host[:port]) a browser sends in `Origin` for this site's own pages. */
export const siteOrigin = () => new URL(appOrigin()).origin;

/** `path` ("/grupy/…", with its leading slash) on this site; no path gives the site itself. */
export const absoluteUrl = (path = '') => `${appOrigin()}${path}`;

// Browsers drop tabs and newlines inside a URL, trim leading controls and spaces, and read `\`
// as `/`, so any of them can turn "/…" into "//other.site"; zero-width and line separators too.
export const UNSAFE_URL_CHARS = /[\\\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u2060\ufeff]/u;
const PROBE = 'http://site.invalid';

/**
 * `raw` as a path on this site ("/…", normalised by URL parsing: dot segments resolved, odd
 * characters percent-encoded), or null when it is not one: anything absolute (`https:`,
 * `javascript:`), protocol-relative (`//`, `/\`), holding whitespace, control characters or a
 * backslash, the same hidden by percent-encoding (`/%5C…`, `/%2F/…`), or malformed encoding.
 */
export function sitePath(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return null;
  // Each decoding must still be a plain path: a proxy or a later reader may decode it once more.
  for (let s = raw, round = 0; ; round++) {
    if (!s.startsWith('/') || s.startsWith('//') || UNSAFE_URL_CHARS.test(s)) return null;
    let decoded: string;
    try {
      decoded = decodeURIComponent(s);
    } catch {
      return null;
    }
    if (decoded === s) break;
    if (round === 3) return null;
    s = decoded;
  }
  const url = new URL(raw, PROBE);
  if (url.origin !== PROBE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.com" resolves to "//evil.com": judge the result, not only the input.
  return path.startsWith('//') || path.includes('\\') ? null : path;
}

/** Where to send someone after log-in, registration and the like: `next` if it is a path on this site. */
export function safeRedirect(next: string | undefined | null, fallback = '/'): string {
  return sitePath(next) ?? fallback;
}

/**
 * next-auth's redirect callback: `url` (a path or an absolute address) kept only when it is on
 * `baseUrl`'s origin, as an absolute address there; anything else goes to the site's home.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/$/, '');
  if (url.startsWith('/')) return `${base}${sitePath(url) ?? '/'}`;
  if (UNSAFE_URL_CHARS.test(url) || !URL.canParse(url)) return `${base}/`;
  const u = new URL(url);
  const path = u.origin === new URL(base).origin ? sitePath(`${u.pathname}${u.search}${u.hash}`) : null;
  return `${base}${path ?? '/'}`;
}
