// KSeF's part of the configuration (KSEF_*, documented in .env.example), composed into
// lib/config/env.ts. Defaults point at the local simulator, so dev and tests need no setup; the test,
// demo and production KSeF are a KSEF_BASE_URL and a KSEF_TOKEN away, with no code change.
import { z } from 'zod';
import { messages } from '@/lib/i18n';
import { isValidNip, normaliseNip } from '@/lib/invoices/tax/nip';

export const KSEF_SIMULATOR_URL = 'http://127.0.0.1:8104/v2';
/** The only token the local simulator accepts unless told otherwise; never valid at the Ministry. */
export const KSEF_SIMULATOR_TOKEN = 'planeta-local-ksef-token';

/** API host → QR host (kody-qr.md, srodowiska.md): TE, DEMO and PRD. */
export const KSEF_QR_HOSTS: Record<string, string> = {
  'api-test.ksef.mf.gov.pl': 'https://qr-test.ksef.mf.gov.pl',
  'api-demo.ksef.mf.gov.pl': 'https://qr-demo.ksef.mf.gov.pl',
  'api.ksef.mf.gov.pl': 'https://qr.ksef.mf.gov.pl',
};

const blank = (v: unknown) => (v === '' ? undefined : v);
// A PEM pasted into one line of an env file keeps its line breaks as "\n".
const pem = (v: unknown) => (typeof v === 'string' && v ? v.replaceAll('\\n', '\n').trim() : undefined);

export const ksefEnvSchema = z
  .object({
    KSEF_BASE_URL: z.preprocess(blank, z.url().default(KSEF_SIMULATOR_URL)),
    KSEF_NIP: z.preprocess(
      blank,
      z.string().trim().transform(normaliseNip).refine(isValidNip, messages().ops.ksefNip).optional(),
    ),
    KSEF_TOKEN: z.preprocess(blank, z.string().trim().min(1).default(KSEF_SIMULATOR_TOKEN)),
    KSEF_QR_BASE_URL: z.preprocess(blank, z.url().optional()),
    KSEF_OFFLINE_CERT_SERIAL: z.preprocess(
      blank,
      z
        .string()
        .trim()
        .regex(/^[0-9A-Fa-f]{2,40}$/, messages().ops.ksefOfflineSerial)
        .transform((s) => s.toUpperCase())
        .optional(),
    ),
    KSEF_OFFLINE_KEY: z.preprocess(
      pem,
      z
        .string()
        .regex(
          /^-----BEGIN (EC |RSA )?PRIVATE KEY-----[\s\S]+-----END (EC |RSA )?PRIVATE KEY-----$/,
          messages().ops.ksefOfflineKey,
        )
        .optional(),
    ),
  })
  // The simulator's token is public: against the Ministry it can only fail, and should fail here.
  .refine((e) => !(isMinistryUrl(e.KSEF_BASE_URL) && e.KSEF_TOKEN === KSEF_SIMULATOR_TOKEN), {
    message: messages().ops.ksefSimulatorToken,
    path: ['KSEF_TOKEN'],
  })
  .refine((e) => !e.KSEF_OFFLINE_CERT_SERIAL === !e.KSEF_OFFLINE_KEY, {
    message: messages().ops.ksefOfflinePair,
    path: ['KSEF_OFFLINE_KEY'],
  });

export type KsefEnv = z.output<typeof ksefEnvSchema>;

// zod 4 runs object refinements even after a field failed, so this must not throw on a bad URL.
function isMinistryUrl(url: string): boolean {
  const host = URL.parse(url)?.hostname ?? '';
  return host in KSEF_QR_HOSTS || host.endsWith('.mf.gov.pl');
}

/** Where QR codes point: the Ministry's QR host for its API hosts, otherwise (the simulator) the API's own origin. */
export function qrBaseUrlFor(baseUrl: string): string {
  const url = URL.parse(baseUrl);
  if (!url) return baseUrl;
  return KSEF_QR_HOSTS[url.hostname] ?? url.origin;
}
