// The object store's part of the configuration (S3_*; documented in .env.example), composed into
// lib/config/env.ts. Unset S3_URL and S3_BUCKET keep every file in PostgreSQL, as a fresh clone does.
import { z } from 'zod';
import { messages } from '@/lib/i18n';

const blank = (v: unknown) => (v === '' ? undefined : v);

export const storageEnvSchema = z
  .object({
    S3_URL: z.preprocess(blank, z.url().optional()),
    S3_BUCKET: z.preprocess(blank, z.string().trim().min(1).optional()),
    S3_REGION: z.preprocess(blank, z.string().trim().min(1).default('us-east-1')),
    S3_ACCESS_KEY_ID: z.preprocess(blank, z.string().optional()),
    S3_SECRET_ACCESS_KEY: z.preprocess(blank, z.string().optional()),
    // MinIO, Ceph and most non-AWS stores want bucket-in-path addresses; AWS itself takes either.
    S3_FORCE_PATH_STYLE: z.preprocess(blank, z.enum(['0', '1']).default('1')),
    // How long a presigned download address stays valid, in seconds.
    S3_URL_TTL: z.preprocess(blank, z.coerce.number().int().min(10).max(3600).default(300)),
  })
  .refine((e) => !!e.S3_URL === !!e.S3_BUCKET, { message: messages().ops.s3Pair, path: ['S3_BUCKET'] });

export type StorageEnv = z.output<typeof storageEnvSchema>;

export type S3Settings = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  urlTtlSeconds: number;
};

/** The S3 settings when an object store is configured, else null (files stay in PostgreSQL). */
export function s3Settings(e: StorageEnv): S3Settings | null {
  if (!e.S3_URL || !e.S3_BUCKET) return null;
  return {
    endpoint: e.S3_URL,
    bucket: e.S3_BUCKET,
    region: e.S3_REGION,
    accessKeyId: e.S3_ACCESS_KEY_ID,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY,
    forcePathStyle: e.S3_FORCE_PATH_STYLE === '1',
    urlTtlSeconds: e.S3_URL_TTL,
  };
}
