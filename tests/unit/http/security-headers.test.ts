// The per-request headers: scripts only with this response's nonce, HSTS only on https.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, HSTS, newNonce, securityHeaders } from '@/lib/http/security-headers';

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

const base = { payuBaseUrl: 'https://secure.payu.com', dev: false };

describe('security headers', () => {
  it('script-src holds the nonce and strict-dynamic, never unsafe-inline (nor unsafe-eval outside development)', () => {
    const nonce = newNonce();
    const scripts = directive(contentSecurityPolicy({ ...base, nonce }), 'script-src')!;
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain('unsafe-inline');
    expect(scripts).not.toContain('unsafe-eval');
    expect(directive(contentSecurityPolicy({ ...base, nonce, dev: true }), 'script-src')).toContain("'unsafe-eval'");
  });

  it('keeps the rest of the policy: no framing, no plugins, forms only to us and PayU', () => {
    const csp = contentSecurityPolicy({ ...base, nonce: 'n' });
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp, 'base-uri')).toBe("base-uri 'self'");
    expect(directive(csp, 'form-action')).toContain('https://secure.payu.com');
    expect(directive(csp, 'form-action')).not.toContain('127.0.0.1');
    const local = contentSecurityPolicy({ ...base, payuBaseUrl: 'http://127.0.0.1:8530', nonce: 'n' });
    expect(directive(local, 'form-action')).toContain('http://127.0.0.1:*');
  });

  it('a fresh nonce each time: 16 random bytes in base64', () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it.each([
    ['https://planeta.pl', HSTS],
    ['https://planeta.pl/', HSTS],
    ['http://localhost:3000', undefined],
    ['http://planeta.pl', undefined],
  ])('APP_URL %s gives Strict-Transport-Security %j', (appUrl, hsts) => {
    const headers = securityHeaders({ ...base, nonce: 'n', appUrl });
    expect(headers['Strict-Transport-Security']).toBe(hsts);
    expect(headers['Content-Security-Policy']).toContain("'nonce-n'");
  });

  it('HSTS lasts at least a year and covers subdomains', () => {
    expect(Number(/max-age=(\d+)/.exec(HSTS)![1])).toBeGreaterThanOrEqual(365 * 86_400);
    expect(HSTS).toContain('includeSubDomains');
  });
});
