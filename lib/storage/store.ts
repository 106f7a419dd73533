// The one interface every stored file goes through (agreement scans, participant lists, KSeF
// XML and UPO, course media and attachments, office and class files, data exports). Two backends:
// PostgreSQL (the StoredFile table, the default) and any S3-compatible store (S3_URL/S3_BUCKET).
import type { Tx } from '@/lib/db/client';

export type StoredObject = { body: ReadableStream<Uint8Array>; size: number; contentType: string };

export type DownloadUrlOptions = { fileName: string; contentType: string; inline: boolean; cacheControl: string };

export interface FileStore {
  readonly kind: 'postgres' | 's3';
  /** Writes the bytes under a new key. On PostgreSQL `tx` makes the write part of the caller's
   * transaction; S3 uploads at once (call it before the transaction that records the key). */
  put(key: string, body: Uint8Array, contentType: string, tx?: Tx): Promise<void>;
  /** The whole file, or null when there is none under the key. */
  get(key: string, tx?: Tx): Promise<Buffer | null>;
  /** The file as a stream, for large downloads; null when missing. */
  stream(key: string): Promise<StoredObject | null>;
  /** Deletes the keys that exist; missing ones are ignored (safe to run twice). */
  delete(keys: string[], tx?: Tx): Promise<void>;
  /** Copies a file under a new key (a duplicated course gets its own files). */
  copy(from: string, to: string, tx?: Tx): Promise<void>;
  /** A short-lived address the browser downloads from directly, or null when the store cannot
   * issue one (PostgreSQL: the route handler streams the bytes itself). Callers check access first. */
  downloadUrl(key: string, options: DownloadUrlOptions): Promise<string | null>;
  /** The keys of files stored before `cutoff`, in pages of at most 1000 (the orphan sweep). */
  listStoredBefore(cutoff: Date): AsyncIterable<string[]>;
}
