// The per-request security headers (set by proxy.ts on every response): a strict CSP whose
// scripts run only with this response's nonce, and HSTS once the site is served over HTTPS.
// The headers that never change per request stay in next.config.ts.

/** A fresh, unguessable nonce: 16 random bytes, base64 (a CSP nonce-source). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

type PolicyInput = { nonce: string; payuBaseUrl: string; dev: boolean };

/**
 * Scripts: only those carrying the nonce (Next adds it to its own) and what they load
 * ('strict-dynamic'); never 'unsafe-inline'. Styles keep 'unsafe-inline' without a nonce:
 * React's style attributes and Next's inline styles need it, and a nonce would switch it off.
 */
export function contentSecurityPolicy({ nonce, payuBaseUrl, dev }: PolicyInput): string {
  const payu = new URL(payuBaseUrl).origin;
  // With the local simulator, any loopback port (tests run it on their own).
  const loopback = /^http:\/\/(127\.0\.0\.1|localhost)(:|$)/.test(payu) ? ' http://127.0.0.1:* http://localhost:*' : '';
  return [
    "default-src 'self'",
    // React rebuilds server error stacks with eval in development only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' https://secure.payu.com https://secure.snd.payu.com ${payu}${loopback}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/** One year, subdomains included: browsers then refuse plain HTTP to the site and its subdomains. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** CSP for this response, plus HSTS when APP_URL is https (over plain HTTP browsers ignore it anyway). */
export function securityHeaders(input: PolicyInput & { appUrl: string }): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Security-Policy': contentSecurityPolicy(input) };
  if (new URL(input.appUrl).protocol === 'https:') headers['Strict-Transport-Security'] = HSTS;
  return headers;
}
