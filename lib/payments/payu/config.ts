// PayU settings from the environment. Defaults point at the local simulator with PayU's public
// sandbox POS, so dev and tests need no setup; switching to the real sandbox or production is
// configuration only.
import { messages } from '@/lib/i18n';
import { z } from 'zod';

/** PayU's public sandbox POS (PLN), published in PayU's developer docs. */
export const SANDBOX_POS = {
  posId: '300746',
  clientId: '300746',
  clientSecret: '2ee86a66e5d97e3fadc400c9f19b065d',
  secondKey: 'b6ca15b0d1020e8094d9b5f8d163db54',
} as const;

export const PAYU_PRODUCTION_URL = 'https://secure.payu.com';
export const PAYU_SANDBOX_URL = 'https://secure.snd.payu.com';
export const PAYU_SIMULATOR_URL = 'http://127.0.0.1:8103';

// zod 4 runs object refinements even after a field failed, so this must not throw on a bad URL.
const hostOf = (url: string) => URL.parse(url)?.host;

const blankAsMissing = (schema: z.ZodType<string>) => z.preprocess((v) => (v === '' ? undefined : v), schema);

export const payuEnvSchema = z
  .object({
    PAYU_BASE_URL: blankAsMissing(z.url().default(PAYU_SIMULATOR_URL)),
    PAYU_POS_ID: blankAsMissing(z.string().regex(/^\d+$/, messages().ops.payuPosId).default(SANDBOX_POS.posId)),
    PAYU_CLIENT_ID: blankAsMissing(z.string().min(1).default(SANDBOX_POS.clientId)),
    PAYU_CLIENT_SECRET: blankAsMissing(z.string().min(1).default(SANDBOX_POS.clientSecret)),
    PAYU_SECOND_KEY: blankAsMissing(z.string().min(1).default(SANDBOX_POS.secondKey)),
  })
  // The public sandbox keys are known to everyone: against production they would be a leak
  // waiting to happen, and they cannot work there anyway.
  .refine(
    (e) => !(hostOf(e.PAYU_BASE_URL) === hostOf(PAYU_PRODUCTION_URL) && e.PAYU_SECOND_KEY === SANDBOX_POS.secondKey),
    {
      message: messages().ops.payuSandboxKeys,
      path: ['PAYU_SECOND_KEY'],
    },
  );

export type PayuConfig = { baseUrl: string; posId: string; clientId: string; clientSecret: string; secondKey: string };

/** Validated PayU settings; throws a ZodError naming the bad variables. */
export function payuConfigFromEnv(env: Record<string, string | undefined>): PayuConfig {
  const e = payuEnvSchema.parse(env);
  return {
    baseUrl: e.PAYU_BASE_URL.replace(/\/+$/, ''),
    posId: e.PAYU_POS_ID,
    clientId: e.PAYU_CLIENT_ID,
    clientSecret: e.PAYU_CLIENT_SECRET,
    secondKey: e.PAYU_SECOND_KEY,
  };
}
