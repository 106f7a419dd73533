// The S3 path of lib/storage against a real S3-compatible server (s3rver, in this process, on a
// temporary directory): put/get/delete, a presigned address fetched like a browser would, the
// migration from PostgreSQL run twice, and an agreement scan uploaded and downloaded with S3 on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { s3Client, s3Store } from '@/lib/storage/s3';
import { ORPHAN_GRACE_MS, sweepOrphanFiles } from '@/lib/storage/orphans';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { fileStore, newFileKey, readStoredFile, storeFor } from '@/lib/storage';
import { postgresStore } from '@/lib/storage/postgres';
import { moveFilesToS3 } from '@/lib/storage/migrate';
import { presignedRedirect, storedFileResponse } from '@/lib/storage/download';
import { agreementScan, submitAgreement } from '@/lib/groups/agreement/agreements';
import { makeGroup } from './groups-fixtures';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

const BUCKET = 'planeta-test';
let server: S3rver;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 's3rver-'));
  server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: dir,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const address = (await server.run()) as AddressInfo;
  Object.assign(process.env, {
    S3_URL: `http://127.0.0.1:${address.port}`,
    S3_BUCKET: BUCKET,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: '1',
  });
});

afterAll(async () => {
  delete process.env.S3_URL;
  delete process.env.S3_BUCKET;
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const pdf = (text: string) => new Uint8Array(Buffer.from(`%PDF-1.4 ${text}`));

describe('lib/storage on S3', () => {
  it('puts, gets and deletes an object in the bucket, not in PostgreSQL', async () => {
    const store = fileStore();
    expect(store.kind).toBe('s3');
    const key = newFileKey('attachments');
    await store.put(key, pdf('one'), 'application/pdf');
    expect((await store.get(key))?.toString()).toBe('%PDF-1.4 one');
    expect(await db().storedFile.count({ where: { key } })).toBe(0);
    await store.delete([key]);
    expect(await store.get(key)).toBeNull();
    await store.delete([key]); // missing keys are ignored
  });

  it('issues a presigned address that serves the file under its name and type', async () => {
    const key = newFileKey('agreements');
    await fileStore().put(key, pdf('signed'), 'application/pdf');
    const res = await storedFileResponse(key, 'umowa łódź.pdf', 'application/pdf', { inline: true });
    expect(res.status).toBe(302);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const url = res.headers.get('location')!;
    expect(url).toContain('X-Amz-Signature');
    const got = await fetch(url);
    expect(got.status).toBe(200);
    expect(await got.text()).toBe('%PDF-1.4 signed');
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-disposition')).toContain("filename*=UTF-8''umowa%20%C5%82%C3%B3d%C5%BA.pdf");
  });

  // s3rver accepts any V4 signature and never expires one (it checks only V2's), so a tampered or
  // expired address cannot be refused here; what this code controls is what the address is signed
  // for: one key, its name and type forced, minutes of life from the moment it is issued.
  it('signs a presigned address for one key, its headers and a lifetime of minutes', async () => {
    const key = newFileKey('agreements');
    await fileStore().put(key, pdf('mine'), 'application/pdf');
    const before = Date.now();
    const url = new URL((await presignedRedirect(key, 'a.pdf', 'application/pdf'))!.headers.get('location')!);
    const q = url.searchParams;
    expect(url.pathname).toBe(`/${BUCKET}/${key}`);
    expect(Number(q.get('X-Amz-Expires'))).toBe(300); // S3_URL_TTL's default
    const signedAt = Date.parse(
      q.get('X-Amz-Date')!.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'),
    );
    expect(Math.abs(signedAt - before)).toBeLessThan(60_000);
    expect(q.get('X-Amz-Credential')).toMatch(/^S3RVER\//);
    expect(q.get('X-Amz-SignedHeaders')).toBe('host');
    // The overrides are part of the signed query, so the bucket answers with our name and type.
    expect(q.get('response-content-type')).toBe('application/pdf');
    expect(q.get('response-content-disposition')).toContain('attachment');
    expect(q.get('response-cache-control')).toBe('private, no-store');
  });

  it('moves files from PostgreSQL to S3, reading them from PostgreSQL until then, and is safe to run twice', async () => {
    const keys = [newFileKey('office-files'), newFileKey('course-media')];
    for (const [i, key] of keys.entries()) await postgresStore.put(key, pdf(`legacy ${i}`), 'application/pdf');
    // Not moved yet: still readable, and served by us rather than by a presigned address.
    expect((await readStoredFile(keys[0]!)).toString()).toBe('%PDF-1.4 legacy 0');
    expect((await storedFileResponse(keys[0]!, 'a.pdf', 'application/pdf')).status).toBe(200);
    const s3 = storeFor(settings());
    const first = await moveFilesToS3(s3);
    expect(first.moved).toBeGreaterThanOrEqual(2);
    expect(await db().storedFile.count({ where: { key: { in: keys } } })).toBe(0);
    expect((await readStoredFile(keys[1]!)).toString()).toBe('%PDF-1.4 legacy 1');
    expect((await storedFileResponse(keys[1]!, 'b.pdf', 'application/pdf')).status).toBe(302);
    expect((await moveFilesToS3(s3)).moved).toBe(0);
    expect((await readStoredFile(keys[0]!)).toString()).toBe('%PDF-1.4 legacy 0');
  });

  it('sweeps objects no row names from the bucket, keeping named ones', async () => {
    const bucket = s3Store(settings());
    const orphan = newFileKey('course-media');
    await bucket.put(orphan, pdf('orphan'), 'application/pdf');
    const g = await makeGroup(2, { agreement: null });
    const row = await submitAgreement(g.admin, g.groupId, { name: 'skan.pdf', bytes: pdf('named') });
    const named = (await agreementScan(g.admin, g.groupId, row!.id))!.fileKey!;
    // Only objects stored more than a day before "now" count: an upload's transaction may still run.
    expect(await sweepOrphanFiles(new Date(), bucket)).toBe(0);
    const tomorrow = new Date(Date.now() + ORPHAN_GRACE_MS + 60_000);
    expect(await sweepOrphanFiles(tomorrow, bucket)).toBeGreaterThanOrEqual(1);
    expect(await bucket.get(orphan)).toBeNull();
    expect((await bucket.get(named))?.toString()).toBe('%PDF-1.4 named');
    expect(await sweepOrphanFiles(tomorrow, bucket)).toBe(0);
  });

  it('an agreement scan uploaded with S3 on lands in the bucket and downloads through a presigned address', async () => {
    const g = await makeGroup(5, { agreement: null });
    const row = await submitAgreement(g.admin, g.groupId, { name: 'skan.pdf', bytes: pdf('scan') });
    const scan = await agreementScan(g.admin, g.groupId, row!.id);
    expect(scan?.fileKey).toMatch(/^agreements\//);
    expect(await db().storedFile.count({ where: { key: scan!.fileKey! } })).toBe(0);
    const res = await storedFileResponse(scan!.fileKey!, scan!.fileName, scan!.mimeType, { inline: true });
    expect(res.status).toBe(302);
    expect(await (await fetch(res.headers.get('location')!)).text()).toBe('%PDF-1.4 scan');
    // A refused second scan (one already waits) leaves no object behind.
    const before = await listKeys();
    await expect(submitAgreement(g.admin, g.groupId, { name: 'b.pdf', bytes: pdf('again') })).rejects.toThrow();
    expect(await listKeys()).toEqual(before);
  });
});

function settings() {
  return {
    endpoint: process.env.S3_URL!,
    bucket: BUCKET,
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    urlTtlSeconds: 60,
  };
}

async function listKeys(): Promise<string[]> {
  const out = await s3Client(settings()).send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (out.Contents ?? []).map((o) => o.Key!).sort();
}
