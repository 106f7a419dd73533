// The orphan sweep on PostgreSQL (the default store): a file no row names, stored more than a day
// ago, is deleted; a named one, or one stored less than a day ago (its transaction may still be
// running), stays; a second run removes nothing.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { newFileKey } from '@/lib/storage';
import { postgresStore } from '@/lib/storage/postgres';
import { sweepOrphanFiles, unreferencedKeys } from '@/lib/storage/orphans';
import { agreementScan, submitAgreement } from '@/lib/groups/agreement/agreements';
import { makeGroup } from './groups-fixtures';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

const pdf = (text: string) => new Uint8Array(Buffer.from(`%PDF-1.4 ${text}`));
const twoDaysAgo = () => new Date(Date.now() - 2 * 24 * 3600_000);

describe('sweepOrphanFiles on PostgreSQL', () => {
  it('deletes old files nothing names, keeps named and recent ones, and is safe to run twice', async () => {
    const g = await makeGroup(3, { agreement: null });
    await submitAgreement(g.admin, g.groupId, { name: 'skan.pdf', bytes: pdf('scan') });
    const named = (await agreementScan(
      g.admin,
      g.groupId,
      (await db().groupAgreement.findFirstOrThrow({ where: { groupId: g.groupId } })).id,
    ))!.fileKey!;
    const oldOrphan = newFileKey('attachments');
    const newOrphan = newFileKey('attachments');
    await postgresStore.put(oldOrphan, pdf('old'), 'application/pdf');
    await postgresStore.put(newOrphan, pdf('new'), 'application/pdf');
    await db().storedFile.updateMany({ where: { key: { in: [named, oldOrphan] } }, data: { createdAt: twoDaysAgo() } });

    expect(await unreferencedKeys([named, oldOrphan, newOrphan])).toEqual(
      expect.arrayContaining([oldOrphan, newOrphan]),
    );
    expect(await unreferencedKeys([named])).toEqual([]);

    expect(await sweepOrphanFiles(new Date(), postgresStore)).toBeGreaterThanOrEqual(1);
    const left = (await db().storedFile.findMany({ where: { key: { in: [named, oldOrphan, newOrphan] } } })).map(
      (r) => r.key,
    );
    expect(left.sort()).toEqual([named, newOrphan].sort());
    expect(await postgresStore.get(named)).not.toBeNull();

    // Nothing old and unnamed is left among ours; the second run finds nothing of ours.
    await sweepOrphanFiles(new Date(), postgresStore);
    expect(await db().storedFile.count({ where: { key: { in: [named, newOrphan] } } })).toBe(2);
  });
});
