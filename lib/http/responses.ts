// The error answers of route handlers, one definition each, so every handler refuses with the
// same status, body and content type (404 for anything a viewer may not know exists).
import { messages } from '@/lib/i18n';

/** Plain-text 404; the default body is what every "not yours or not there" answer says. */
export const notFound = (text = messages().errors.notFound) => new Response(text, { status: 404 });

/** Plain-text 403 for a cross-site post (see crossSite). */
export const crossSiteRefused = () => new Response(messages().errors.crossSite, { status: 403 });

/** A message for people, as plain UTF-8 text (e.g. 409 when a rule refuses the request). */
export const plainText = (text: string, status: number) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** `{ "error": … }` for the JSON endpoints the pages poll. */
export const jsonError = (error: string, status: number) => Response.json({ error }, { status });

/** `{ "ok": false, "error": … }` for the upload endpoints (the page shows `error` by the field). */
export const jsonRefusal = (error: string, status: number) => Response.json({ ok: false, error }, { status });
