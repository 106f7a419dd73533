// A stored file sent to a browser, after the route handler checked access: from S3 a redirect to
// a short-lived presigned address (the file's name and type forced in its response headers), from
// PostgreSQL the bytes streamed with the same headers as every other file (lib/http/file-response).
import { fileResponse, type FileResponseOptions } from '@/lib/http/file-response';
import { fileStore } from './index';

export async function storedFileResponse(
  key: string,
  name: string,
  type: string,
  options: FileResponseOptions = {},
): Promise<Response> {
  const store = fileStore();
  const url = await store.downloadUrl(key, { fileName: name, contentType: type, inline: !!options.inline });
  if (url) {
    return new Response(null, {
      status: 302,
      headers: { Location: url, 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
    });
  }
  const file = await store.stream(key);
  if (!file) throw new Error(`Stored file ${key} is missing`);
  return fileResponse(file.body, name, type, { ...options, size: options.size ?? file.size });
}
