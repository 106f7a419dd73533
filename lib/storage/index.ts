// Where callers get the store and the few patterns every file follows: a new key per file, bytes
// stored before the row that names them commits (and removed again when it does not), deletes
// after the commit. See docs/architecture.md, "Files".
import { randomUUID } from 'node:crypto';
import { storageSettings } from '@/lib/config/env';
import { db, type Tx } from '@/lib/db/client';
import type { S3Settings } from './env';
import { postgresStore } from './postgres';
import { s3Store } from './s3';
import type { FileStore } from './store';

/** The prefixes of the keys, one per kind of file (also what the keys' first part). */
export type FileKind =
  | 'agreements'
  | 'participant-lists'
  | 'ksef-xml'
  | 'ksef-upo'
  | 'attachments'
  | 'course-media'
  | 'data-exports'
  | 'office-files'
  | 'live-materials';

/**
 * With S3 configured, files not yet moved by `npm run storage:migrate` are still read from
 * PostgreSQL, so switching S3 on needs no downtime; new files go to S3 only.
 */
function withPostgresFallback(s3: FileStore): FileStore {
  const pg = postgresStore;
  return {
    kind: 's3',
    put: (key, body, type) => s3.put(key, body, type),
    get: async (key) => (await s3.get(key)) ?? pg.get(key),
    stream: async (key) => (await s3.stream(key)) ?? pg.stream(key),
    async delete(keys, tx) {
      await s3.delete(keys);
      await pg.delete(keys, tx);
    },
    async copy(from, to) {
      const legacy = await pg.stream(from);
      if (!legacy) return s3.copy(from, to);
      const bytes = await pg.get(from);
      await s3.put(to, bytes!, legacy.contentType);
    },
    async downloadUrl(key, options) {
      if (await hasLegacyRow(key)) return null;
      return s3.downloadUrl(key, options);
    },
    async *listStoredBefore(cutoff) {
      yield* s3.listStoredBefore(cutoff);
      yield* pg.listStoredBefore(cutoff);
    },
  };
}

async function hasLegacyRow(key: string): Promise<boolean> {
  return (await db().storedFile.count({ where: { key } })) > 0;
}

let cached: { id: string; store: FileStore } | undefined;

/** The configured store: S3 when S3_URL/S3_BUCKET are set, else PostgreSQL. */
export function fileStore(): FileStore {
  const settings = storageSettings();
  const id = settings ? JSON.stringify(settings) : 'postgres';
  if (cached?.id !== id) cached = { id, store: settings ? storeFor(settings) : postgresStore };
  return cached.store;
}

export const storeFor = (settings: S3Settings): FileStore => withPostgresFallback(s3Store(settings));

/** A key never used before: files are never overwritten, a replaced one gets a new key. */
export const newFileKey = (kind: FileKind): string => `${kind}/${randomUUID()}`;

export type NewFile = { kind: FileKind; body: Uint8Array; contentType: string };
export type StagedFile = { key: string; size: number; save(tx: Tx): Promise<void> };

/**
 * Stores `files` around `write`, the transaction that records their keys: S3 receives the bytes
 * before it starts (no network call inside it); PostgreSQL writes them in it, when `save(tx)` is
 * called. A file `write` did not save, or all of them when it throws, is deleted again, so a
 * refused or failed change leaves no file behind (a crash in between leaves an orphan object, named
 * by no row, which the daily `storage.orphans` job removes: lib/storage/orphans.ts).
 */
export async function withNewFiles<T>(files: NewFile[], write: (staged: StagedFile[]) => Promise<T>): Promise<T> {
  const store = fileStore();
  const saved = new Set<string>();
  const staged: StagedFile[] = [];
  try {
    for (const f of files) {
      const key = newFileKey(f.kind);
      if (store.kind === 's3') await store.put(key, f.body, f.contentType);
      staged.push({
        key,
        size: f.body.byteLength,
        save: async (tx) => {
          if (store.kind === 'postgres') await store.put(key, f.body, f.contentType, tx);
          saved.add(key);
        },
      });
    }
    const result = await write(staged);
    await dropFiles(staged.filter((f) => !saved.has(f.key)).map((f) => f.key));
    return result;
  } catch (e) {
    await dropFiles(staged.map((f) => f.key));
    throw e;
  }
}

/** One new file around `write`: the single-file form of withNewFiles. */
export const withNewFile = <T>(file: NewFile, write: (staged: StagedFile) => Promise<T>): Promise<T> =>
  withNewFiles([file], ([staged]) => write(staged!));

/** The bytes of a file a row names; a missing one is a bug (or a lost bucket), never "no file". */
export async function readStoredFile(key: string, tx?: Tx): Promise<Buffer> {
  const bytes = await fileStore().get(key, tx);
  if (!bytes) throw new Error(`Stored file ${key} is missing`);
  return bytes;
}

/**
 * Deletes files whose rows are gone: call it after the commit that dropped the keys. A failure is
 * logged, not thrown (the change is committed); what is left is an orphan object (docs/architecture.md, Files).
 */
export async function dropFiles(keys: (string | null | undefined)[]): Promise<void> {
  const list = keys.filter((k): k is string => !!k);
  if (!list.length) return;
  try {
    await fileStore().delete(list);
  } catch (e) {
    console.error('storage: could not delete', list, e);
  }
}

/** A copy under a new key of the same kind (a duplicated course's media and attachments). */
export async function copyStoredFile(key: string, kind: FileKind, tx?: Tx): Promise<string> {
  const to = newFileKey(kind);
  await fileStore().copy(key, to, tx);
  return to;
}

/**
 * Writes a file at once and returns its key: for the demo seed, whose transactions create many
 * rows with files. PostgreSQL writes in `tx`; S3 uploads now (a failed seed leaves orphans).
 */
export async function storeFileNow(tx: Tx, kind: FileKind, body: Uint8Array, contentType: string): Promise<string> {
  const key = newFileKey(kind);
  await fileStore().put(key, body, contentType, tx);
  return key;
}
