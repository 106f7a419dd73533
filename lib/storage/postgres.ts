// The default backend: files as rows of StoredFile, written in the caller's transaction when it
// passes one, so a file and the row that names it commit (or roll back) together.
import { db, type Tx } from '@/lib/db/client';
import type { FileStore, StoredObject } from './store';

const client = (tx?: Tx): Tx => tx ?? db();

export const postgresStore: FileStore = {
  kind: 'postgres',
  async put(key, body, contentType, tx) {
    await client(tx).storedFile.create({
      data: { key, data: new Uint8Array(body), size: body.byteLength, contentType },
    });
  },
  async get(key, tx) {
    const row = await client(tx).storedFile.findUnique({ where: { key }, select: { data: true } });
    return row ? Buffer.from(row.data) : null;
  },
  async stream(key): Promise<StoredObject | null> {
    const row = await db().storedFile.findUnique({ where: { key } });
    if (!row) return null;
    const bytes = new Uint8Array(row.data);
    return {
      size: row.size,
      contentType: row.contentType,
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      }),
    };
  },
  async delete(keys, tx) {
    if (keys.length) await client(tx).storedFile.deleteMany({ where: { key: { in: keys } } });
  },
  async copy(from, to, tx) {
    const row = await client(tx).storedFile.findUnique({ where: { key: from } });
    if (!row) throw new Error(`No stored file ${from} to copy`);
    await client(tx).storedFile.create({
      data: { key: to, data: row.data, size: row.size, contentType: row.contentType },
    });
  },
  async downloadUrl() {
    return null;
  },
  async *listStoredBefore(cutoff) {
    // Keyset pages by key: a page deleted by the caller does not shift the next one.
    let after = '';
    for (;;) {
      const rows = await db().storedFile.findMany({
        where: { createdAt: { lt: cutoff }, key: { gt: after } },
        select: { key: true },
        orderBy: { key: 'asc' },
        take: 1000,
      });
      if (!rows.length) return;
      yield rows.map((r) => r.key);
      after = rows.at(-1)!.key;
    }
  },
};
