// Moves files from PostgreSQL's StoredFile table to the configured S3 store (npm run
// storage:migrate). Each file is uploaded, then its row deleted: a crash in between leaves the row,
// and the next run uploads the same bytes under the same key again, so it is safe to run twice.
import { db } from '@/lib/db/client';
import type { FileStore } from './store';

const BATCH = 20;

export async function moveFilesToS3(s3: FileStore): Promise<{ moved: number }> {
  if (s3.kind !== 's3') throw new Error('moveFilesToS3 needs an S3 store');
  let moved = 0;
  for (;;) {
    const rows = await db().storedFile.findMany({ orderBy: { key: 'asc' }, take: BATCH });
    if (!rows.length) return { moved };
    for (const row of rows) {
      await s3.put(row.key, new Uint8Array(row.data), row.contentType);
      await db().storedFile.delete({ where: { key: row.key } });
      moved++;
    }
  }
}
