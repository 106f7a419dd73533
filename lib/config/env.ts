// Configuration, validated once at start-up: a missing or malformed value stops the server
// with a message naming the variable. Every variable is documented in .env.example. This is the
// only reader of process.env in lib/, app/ and components/: the areas' schemas are composed here.
import { messages } from '@/lib/i18n';
import { z } from 'zod';
import { createHmac } from 'node:crypto';
import { sellerEnvSchema, type SellerEnv } from '@/lib/invoices/seller-env';
import { ksefEnvSchema, type KsefEnv } from '@/lib/invoices/ksef/env-schema';
import { payuEnvSchema } from '@/lib/payments/payu/config';
import { bbbEnvSchema, type BbbEnv } from '@/lib/live/bbb/env';
import { languageOfficeEnvSchema, type LanguageOfficeEnv } from '@/lib/language/office/env';
import { storageEnvSchema, s3Settings, type S3Settings, type StorageEnv } from '@/lib/storage/env';
import { parseTrustProxy, trustProxyEnvSchema, type TrustProxy } from './trust-proxy';

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());
const poolSize = (fallback: number) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().positive().default(fallback));

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, messages().ops.databaseUrl),
  // A streaming replica of DATABASE_URL for the catalogue, reports and certificate checks (lib/db/replica.ts).
  DATABASE_REPLICA_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, messages().ops.databaseUrl)
      .optional(),
  ),
  APP_URL: z.url(),
  AUTH_SECRET: z.string().min(32, messages().ops.authSecret),
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().default('Planeta <no-reply@planeta.local>'),
  // Lets e2e tests move the clock (2-month reports, trials). Never set in production.
  TEST_CLOCK: z.enum(['0', '1']).default('0'),
  // `DEMO_CLOCK=1 npm start`: staff may move the clock forward (/panel/zegar); embedded database only.
  DEMO_CLOCK: z.enum(['0', '1']).default('0'),
  JOBS: z.enum(['on', 'off']).default('on'),
  DB_POOL_SIZE: poolSize(10),
  DB_SQL_POOL_SIZE: poolSize(8),
});

// Every area's part of the configuration, checked together so one message names every bad value:
// PayU (refuses the public sandbox keys against production), the seller on invoices, trusted proxies,
// KSeF (refuses the simulator's token against the Ministry), BigBlueButton (refuses the simulator's
// secret against a real server).
const SECTIONS = [
  envSchema,
  payuEnvSchema,
  sellerEnvSchema,
  trustProxyEnvSchema,
  ksefEnvSchema,
  bbbEnvSchema,
  languageOfficeEnvSchema,
  storageEnvSchema,
] as const;

export type Env = z.output<typeof envSchema> &
  z.output<typeof payuEnvSchema> &
  SellerEnv &
  z.output<typeof trustProxyEnvSchema> &
  KsefEnv &
  BbbEnv &
  LanguageOfficeEnv &
  StorageEnv;

export class ConfigError extends Error {}

const issueLines = (error: z.ZodError) => error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
const configError = (lines: string[]) => new ConfigError(messages().ops.badConfig(lines.join('\n')));

export function parseEnv(source: Record<string, string | undefined>): Env {
  const lines: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const schema of SECTIONS) {
    const result = schema.safeParse(source);
    if (result.success) Object.assign(parsed, result.data);
    else lines.push(...issueLines(result.error));
  }
  if (lines.length) throw configError(lines);
  const e = parsed as Env;
  if (e.NODE_ENV === 'production' && e.TEST_CLOCK === '1' && !process.env.PLANETA_E2E) {
    throw new ConfigError(messages().ops.testClockInProduction);
  }
  // scripts/start.ts says so when it started the embedded database; a real one is never moved.
  if (e.DEMO_CLOCK === '1' && source.PLANETA_EMBEDDED_DB !== '1') {
    throw new ConfigError(messages().demoClock.refusedWithDatabaseUrl);
  }
  return e;
}

let cached: Env | undefined;
/** The validated configuration; throws ConfigError naming every bad variable. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** APP_URL as configured (raw: no trailing slash removed), '' when unset. */
export function appUrl(): string {
  return process.env.APP_URL ?? '';
}

// Accessors read at each use, not cached: tests and scripts point DATABASE_URL (and the secret)
// elsewhere before first use, and they run where the rest of the configuration may be absent.

/** DATABASE_URL at the time of the call; throws when unset. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error(messages().ops.notSet('DATABASE_URL'));
  return url;
}

/** DATABASE_REPLICA_URL at the time of the call, undefined when unset (reads stay on the primary). */
export function replicaDatabaseUrl(): string | undefined {
  return process.env.DATABASE_REPLICA_URL || undefined;
}

/** TEST_CLOCK / DEMO_CLOCK as set (both validated with the rest at start-up), read without parsing
 * the whole configuration: the panel's menu asks on every page, unit tests included. */
export const clockSwitches = () => ({ test: process.env.TEST_CLOCK === '1', demo: process.env.DEMO_CLOCK === '1' });

/** Connections in each instance's Prisma pool (DB_POOL_SIZE). */
export const dbPoolSize = (): number => Number(process.env.DB_POOL_SIZE || 10);
/** Connections in each instance's plain node-postgres pool (DB_SQL_POOL_SIZE). */
export const sqlPoolSize = (): number => Number(process.env.DB_SQL_POOL_SIZE || 8);

/** AUTH_SECRET at the time of the call, '' when unset. */
export function authSecret(): string {
  return process.env.AUTH_SECRET ?? '';
}

/**
 * The key that signs lesson-video addresses (lib/learning/streaming): derived from AUTH_SECRET
 * with its own label, so a signature made for one purpose never passes for another.
 */
export function videoUrlKey(): Buffer {
  return createHmac('sha256', authSecret()).update('planeta/lesson-video-url/v1').digest();
}

let cachedTrust: TrustProxy | undefined;
/** Which proxies may report the client's address (TRUST_PROXY, validated with the rest at start-up). */
export function trustProxy(): TrustProxy {
  cachedTrust ??= parseTrustProxy(process.env.TRUST_PROXY) ?? { kind: 'none' };
  return cachedTrust;
}

let cachedSeller: SellerEnv | undefined;
/** The seller's part of the configuration alone (validated with the rest at start-up). */
export function sellerEnv(): SellerEnv {
  if (!cachedSeller) {
    const result = sellerEnvSchema.safeParse(process.env);
    if (!result.success) throw configError(issueLines(result.error));
    cachedSeller = result.data;
  }
  return cachedSeller;
}

/** Where scripts and tests find a database when none is configured (the embedded PostgreSQL). */
export function localDatabaseEnv(): { databaseUrl?: string; embeddedPort: number; debug: boolean } {
  return {
    databaseUrl: process.env.DATABASE_URL || undefined,
    embeddedPort: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    debug: !!process.env.DEBUG_PG,
  };
}

let cachedKsef: KsefEnv | undefined;
/** KSeF's part of the configuration alone (validated with the rest at start-up). Read once: the
 * local simulator sets KSEF_* before the first use. */
export function ksefEnv(): KsefEnv {
  if (!cachedKsef) {
    const result = ksefEnvSchema.safeParse(process.env);
    if (!result.success) throw configError(issueLines(result.error));
    cachedKsef = result.data;
  }
  return cachedKsef;
}

/** Forgets the KSeF settings read so far (tests and `startLocalKsef` point KSEF_* elsewhere). */
export function resetKsefEnv(): void {
  cachedKsef = undefined;
}

/** BigBlueButton's part of the configuration alone (validated with the rest at start-up), read at
 * each use: cheap, and the local simulator and the tests point BBB_* at it after start-up. */
export function bbbEnv(): BbbEnv {
  const result = bbbEnvSchema.safeParse(process.env);
  if (!result.success) throw configError(issueLines(result.error));
  return result.data;
}

/** Where learners' messages to the language school's office are announced (validated at start-up). */
export function languageOfficeEmail(): string {
  const result = languageOfficeEnvSchema.safeParse(process.env);
  if (!result.success) throw configError(issueLines(result.error));
  return result.data.PLANETA_LANGUAGE_OFFICE_EMAIL;
}

/** The object store when S3_URL and S3_BUCKET are set, else null: read at each use (cheap), so
 * tests and scripts can point S3_* at a local server after start-up. */
export function storageSettings(): S3Settings | null {
  const result = storageEnvSchema.safeParse(process.env);
  if (!result.success) throw configError(issueLines(result.error));
  return s3Settings(result.data);
}
