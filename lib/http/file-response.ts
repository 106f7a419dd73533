// Every file the site sends (group spreadsheets and PDFs, agreement scans, lesson attachments,
// invoices, certificates) goes out with one Content-Disposition and nosniff, so a browser saves
// it under its real name and never runs an uploaded file as a page.
import { transliterate } from '@/lib/format/transliterate';

// RFC 5987 attr-char keeps only ALPHA / DIGIT / !#$&+-.^_`|~; encodeURIComponent leaves ' ( ) * too.
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * RFC 6266: `filename="…"` in plain ASCII (transliterated, quotes dropped) for old clients and
 * `filename*=UTF-8''…` with the real name, which every current browser prefers.
 */
export function contentDisposition(name: string, inline = false): string {
  const ascii = transliterate(name).replace(/[^\x20-\x7e]|["\\]/g, '');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

export type FileResponseOptions = {
  /** Shown in the browser (a scan opened by staff) instead of saved. */
  inline?: boolean;
  /** Default: never cached by a shared cache. */
  cacheControl?: string;
  /** Sent as Content-Length when known up front. */
  size?: number;
};

/** A download always saved (or shown) under `name`. */
export function fileResponse(
  body: Uint8Array | ReadableStream<Uint8Array>,
  name: string,
  type: string,
  { inline = false, cacheControl = 'private, no-store', size }: FileResponseOptions = {},
): Response {
  return new Response(body instanceof Uint8Array ? new Uint8Array(body) : body, {
    headers: {
      'Content-Type': type,
      ...(size === undefined ? {} : { 'Content-Length': String(size) }),
      'Content-Disposition': contentDisposition(name, inline),
      'Cache-Control': cacheControl,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
