// Any S3-compatible store (AWS S3, MinIO, Ceph, OVH, Scaleway…) through @aws-sdk/client-s3.
// Downloads are short-lived presigned GETs that carry the file's name and type in the response
// headers, issued only after the route handler checked the viewer's access.
import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { contentDisposition } from '@/lib/http/file-response';
import type { S3Settings } from './env';
import type { FileStore, StoredObject } from './store';

const missing = (e: unknown) =>
  e instanceof NoSuchKey || (e instanceof S3ServiceException && e.$metadata.httpStatusCode === 404);

export function s3Client(s: S3Settings): S3Client {
  return new S3Client({
    endpoint: s.endpoint,
    region: s.region,
    forcePathStyle: s.forcePathStyle,
    ...(s.accessKeyId && s.secretAccessKey
      ? { credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey } }
      : {}),
  });
}

export function s3Store(s: S3Settings, client = s3Client(s)): FileStore {
  const Bucket = s.bucket;
  return {
    kind: 's3',
    async put(key, body, contentType) {
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: contentType }));
    },
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return Buffer.from(await out.Body!.transformToByteArray());
      } catch (e) {
        if (missing(e)) return null;
        throw e;
      }
    },
    async stream(key): Promise<StoredObject | null> {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return {
          body: out.Body!.transformToWebStream() as ReadableStream<Uint8Array>,
          size: Number(out.ContentLength ?? 0),
          contentType: out.ContentType ?? 'application/octet-stream',
        };
      } catch (e) {
        if (missing(e)) return null;
        throw e;
      }
    },
    async delete(keys) {
      // DeleteObjects takes at most 1000 keys; a missing key counts as deleted.
      for (let i = 0; i < keys.length; i += 1000) {
        const Objects = keys.slice(i, i + 1000).map((Key) => ({ Key }));
        const out = await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects, Quiet: true } }));
        if (out.Errors?.length) throw new Error(`S3 refused to delete ${out.Errors.map((e) => e.Key).join(', ')}`);
      }
    },
    async copy(from, to) {
      await client.send(
        new CopyObjectCommand({
          Bucket,
          Key: to,
          CopySource: `${Bucket}/${from.split('/').map(encodeURIComponent).join('/')}`,
        }),
      );
    },
    async downloadUrl(key, { fileName, contentType, inline, cacheControl }) {
      const command = new GetObjectCommand({
        Bucket,
        Key: key,
        ResponseContentType: contentType,
        ResponseContentDisposition: contentDisposition(fileName, inline),
        ResponseCacheControl: cacheControl,
      });
      return getSignedUrl(client, command, { expiresIn: s.urlTtlSeconds });
    },
    async *listStoredBefore(cutoff) {
      let ContinuationToken: string | undefined;
      do {
        const out = await client.send(new ListObjectsV2Command({ Bucket, ContinuationToken, MaxKeys: 1000 }));
        const keys = (out.Contents ?? []).filter((o) => o.Key && o.LastModified && o.LastModified < cutoff);
        if (keys.length) yield keys.map((o) => o.Key!);
        ContinuationToken = out.IsTruncated ? out.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}
