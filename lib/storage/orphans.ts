// The orphan sweep: objects no row names any more. They come from a crash between an upload and
// the commit that records its key, a failed `dropFiles` after a commit, a cascade delete (a lesson
// takes its attachments' rows with it) and a failed demo seed on S3. Only files stored more than a
// day ago are considered, so an upload whose transaction is still running is never touched.
import { Prisma } from '@/lib/db/generated/client';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { fileStore } from './index';
import type { FileStore } from './store';

/**
 * Every column that holds a storage key (table and column as PostgreSQL names them). A test reads
 * prisma/schema.prisma and fails when a key column is missing here: a forgotten one would make
 * its files look orphaned.
 */
export const FILE_REFERENCES = [
  ['KsefDocument', 'xmlKey'],
  ['KsefDocument', 'upoKey'],
  ['GroupAgreement', 'fileKey'],
  ['ParticipantUpload', 'fileKey'],
  ['Attachment', 'fileKey'],
  ['CourseMedia', 'fileKey'],
  ['DataExport', 'fileKey'],
  ['OfficeMessageFile', 'fileKey'],
  ['LiveSessionMaterial', 'fileKey'],
] as const;

export const ORPHAN_GRACE_MS = 24 * 60 * 60 * 1000;

// One anti-join per column (PostgreSQL hashes each): identifiers from the constant list above.
const noReference = Prisma.join(
  FILE_REFERENCES.map(
    ([table, column]) => Prisma.sql`NOT EXISTS (SELECT 1 FROM ${Prisma.raw(`"${table}"`)} r
      WHERE r.${Prisma.raw(`"${column}"`)} = u.key)`,
  ),
  ' AND ',
);

/** The keys among `keys` that no row names: one statement per page. */
export async function unreferencedKeys(keys: string[]): Promise<string[]> {
  if (!keys.length) return [];
  const rows = await db().$queryRaw<{ key: string }[]>`
    SELECT u.key FROM unnest(${keys}::text[]) AS u(key) WHERE ${noReference}`;
  return rows.map((r) => r.key);
}

/** Deletes the orphans stored before `now` minus a day; returns how many. Safe to run twice. */
export async function sweepOrphanFiles(now = currentTime(), store: FileStore = fileStore()): Promise<number> {
  let removed = 0;
  for await (const page of store.listStoredBefore(new Date(now.getTime() - ORPHAN_GRACE_MS))) {
    const orphans = await unreferencedKeys(page);
    if (orphans.length) await store.delete(orphans);
    removed += orphans.length;
  }
  return removed;
}
