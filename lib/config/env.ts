// Configuration, validated once at start-up: a missing or malformed value stops the server
// with a message naming the variable. Every variable is documented in .env.example.
import { messages } from '../i18n';
import { z } from 'zod';

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, messages().ops.databaseUrl),
  APP_URL: z.url(),
  AUTH_SECRET: z.string().min(32, messages().ops.authSecret),
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().default('Planeta <no-reply@planeta.local>'),
  PAYU_BASE_URL: z.url().default('http://127.0.0.1:8103'),
  PAYU_POS_ID: z.string().default('300746'),
  PAYU_CLIENT_ID: z.string().default('300746'),
  PAYU_CLIENT_SECRET: z.string().default('2ee86a66e5d97e3fadc400c9f19b065d'),
  PAYU_SECOND_KEY: z.string().default('b6ca15b0d1020e8094d9b5f8d163db54'),
  // Lets e2e tests move the clock (2-month reports, trials). Never set in production.
  TEST_CLOCK: z.enum(['0', '1']).default('0'),
  JOBS: z.enum(['on', 'off']).default('on'),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(messages().ops.badConfig(lines.join('\n')));
  }
  if (result.data.NODE_ENV === 'production' && result.data.TEST_CLOCK === '1' && !process.env.PLANETA_E2E) {
    throw new ConfigError(messages().ops.testClockInProduction);
  }
  return result.data;
}

let cached: Env | undefined;
/** The validated configuration; throws ConfigError naming every bad variable. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
