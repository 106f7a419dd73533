// Uploads reach route handlers as multipart forms (server actions cap bodies at 1 MB): the body
// is refused by its declared length before it is read, then the one file field is taken whole.

/** A body this large is refused before it is read (the file checks then give the precise message). */
export const MAX_UPLOAD_BODY = 11 * 1024 * 1024;

export class BodyTooLarge extends Error {}

/** The uploaded file of a multipart form, read into memory (exact size limits are checked by the caller). */
export async function formFile(req: Request, field: string): Promise<{ name: string; bytes: Uint8Array } | null> {
  if (Number(req.headers.get('content-length') ?? 0) > MAX_UPLOAD_BODY) throw new BodyTooLarge();
  const form = await req.formData().catch(() => null);
  const file = form?.get(field);
  if (!(file instanceof File) || (file.size === 0 && !file.name)) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
