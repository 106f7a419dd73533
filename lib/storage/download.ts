// A stored file sent to a browser, after the route handler checked access: from S3 a redirect to
// a short-lived presigned address (the file's name, type and caching forced in its response
// headers; the bucket is another origin, so nothing in it runs as one of our pages), from
// PostgreSQL the bytes streamed with the same headers as every other file (lib/http/file-response).
import { fileResponse, type FileResponseOptions } from '@/lib/http/file-response';
import { fileStore, readStoredFile } from './index';

/** The redirect to the object store, or null when the file is served by us (PostgreSQL). */
export async function presignedRedirect(
  key: string,
  name: string,
  type: string,
  { inline = false, cacheControl = 'private, no-store' }: { inline?: boolean; cacheControl?: string } = {},
): Promise<Response | null> {
  const url = await fileStore().downloadUrl(key, { fileName: name, contentType: type, inline, cacheControl });
  if (!url) return null;
  return new Response(null, {
    status: 302,
    // The address expires within minutes: the redirect itself is never cached.
    headers: { Location: url, 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}

export async function storedFileResponse(
  key: string,
  name: string,
  type: string,
  options: FileResponseOptions = {},
): Promise<Response> {
  const redirect = await presignedRedirect(key, name, type, options);
  if (redirect) return redirect;
  const file = await fileStore().stream(key);
  if (!file) throw new Error(`Stored file ${key} is missing`);
  return fileResponse(file.body, name, type, { ...options, size: options.size ?? file.size });
}

/** For players that seek with byte ranges (rangeResponse): the S3 redirect, else the whole bytes. */
export async function mediaSource(
  key: string,
  name: string,
  type: string,
  options: { cacheControl?: string } = {},
): Promise<{ redirect: Response } | { bytes: Buffer }> {
  const redirect = await presignedRedirect(key, name, type, { inline: true, ...options });
  return redirect ? { redirect } : { bytes: await readStoredFile(key) };
}
