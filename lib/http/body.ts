// Request bodies are read with a byte counter and refused the moment they pass the route's limit,
// so a chunked body without Content-Length (or one that lies in it) never grows the server.

/** The body passed its route's limit; answer 413 (see bodyTooLarge). */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`Request body over ${limit} bytes`);
  }
}

/** The whole body as bytes, or BodyTooLarge as soon as more than `maxBytes` have arrived. */
export async function readBodyLimited(req: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  // A declared length over the limit is refused before a byte is read; it is never trusted below it.
  const declared = req.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw new BodyTooLarge(maxBytes);
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

/** The body as UTF-8 text, with the same limit. */
export const readTextLimited = async (req: Request, maxBytes: number) =>
  new TextDecoder().decode(await readBodyLimited(req, maxBytes));

/** The 413 answer of a handler whose caller reads JSON. */
export const bodyTooLarge = () => Response.json({ error: 'body too large' }, { status: 413 });

/** Small JSON bodies (the test-only clock and job triggers). */
export const SMALL_JSON_BODY = 4 * 1024;
/** A form of a few fields and no file (a participant id for the invitation slips). */
export const SMALL_FORM_BODY = 16 * 1024;

/** JSON read under `maxBytes`: null when it is not JSON; BodyTooLarge past the limit. */
export async function readJsonLimited(req: Request, maxBytes: number): Promise<unknown> {
  const text = await readTextLimited(req, maxBytes);
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/**
 * For a handler that takes no body: 413 when the request declares one (a Content-Length above
 * zero, or a chunked Transfer-Encoding), before anything is read; null when there is none.
 */
export function refuseBody(req: Request): Response | null {
  const length = req.headers.get('content-length');
  const declared = (length !== null && Number(length) !== 0) || req.headers.has('transfer-encoding');
  return declared ? bodyTooLarge() : null;
}

/** readJsonLimited for a handler: the value, or the 413 answer to return. */
export async function jsonBody(req: Request, maxBytes: number): Promise<{ value: unknown } | { refused: Response }> {
  try {
    return { value: await readJsonLimited(req, maxBytes) };
  } catch (e) {
    if (e instanceof BodyTooLarge) return { refused: bodyTooLarge() };
    throw e;
  }
}
