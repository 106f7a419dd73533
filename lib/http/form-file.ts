// Uploads reach route handlers as multipart forms (server actions cap bodies at 1 MB): the body
// is read with a byte counter (lib/http/body.ts) and refused at the limit, then the form parsed.
import { BodyTooLarge, readBodyLimited } from './body';

export { BodyTooLarge };

/** A body this large is refused while it is read (the file checks then give the precise message). */
export const MAX_UPLOAD_BODY = 11 * 1024 * 1024;

/** A multipart (or urlencoded) form read under `maxBytes`; null when the body is not a form. */
export async function readForm(req: Request, maxBytes = MAX_UPLOAD_BODY): Promise<FormData | null> {
  const bytes = await readBodyLimited(req, maxBytes);
  const type = req.headers.get('content-type') ?? '';
  return new Response(bytes, { headers: { 'content-type': type } }).formData().catch(() => null);
}

/** The uploaded file of a multipart form, read into memory (exact size limits are checked by the caller). */
export async function formFile(
  req: Request,
  field: string,
  maxBytes = MAX_UPLOAD_BODY,
): Promise<{ name: string; bytes: Uint8Array } | null> {
  const form = await readForm(req, maxBytes);
  const file = form?.get(field);
  if (!(file instanceof File) || (file.size === 0 && !file.name)) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
