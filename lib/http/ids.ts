// Identifiers from the address are checked at the edge: a malformed one (a NUL byte, too long,
// characters no id of ours has) is "not found" before it reaches a query, never a database error.
import { notFound as notFoundPage } from 'next/navigation';
import { notFound } from './responses';

/** Our ids are cuid() (lowercase letters and digits) or UUIDs; demo rows may use readable slugs. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const INDEX = /^\d{1,6}$/;
/** Slugs, tokens, certificate numbers, legal versions: printable, without separators, bounded. */
const OTHER = /^[^\u0000-\u001f\u007f/\\]{1,200}$/;

/** The id, or null when it cannot be one of ours. */
export function parseId(raw: string | undefined | null): string | null {
  return typeof raw === 'string' && ID.test(raw) ? raw : null;
}

/** Whether a dynamic segment's value has the shape its name promises (`id`, `…Id`, `n`, others). */
export function validSegment(name: string, value: string): boolean {
  if (name === 'id' || name.endsWith('Id')) return parseId(value) !== null;
  if (name === 'n') return INDEX.test(value);
  // Segments may reach the page still percent-encoded (the page decodes them): judge what it will see.
  const decoded = decodedOrNull(value);
  return decoded !== null && OTHER.test(value) && OTHER.test(decoded);
}

function decodedOrNull(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function valid(params: Record<string, string | string[]>): boolean {
  return Object.entries(params).every(([name, v]) =>
    Array.isArray(v) ? v.every((x) => validSegment(name, x)) : validSegment(name, v),
  );
}

/** A page's params, or the 404 page when one of them is malformed. */
export function pageParams<P extends Record<string, string | string[]>>(params: P): P {
  if (!valid(params)) notFoundPage();
  return params;
}

/** A route handler whose params are checked first: a malformed one answers 404 without running it. */
export function withValidParams<P extends Record<string, string | string[]>, C extends { params: Promise<P> }>(
  handler: (req: Request, ctx: C) => Promise<Response>,
): (req: Request, ctx: C) => Promise<Response> {
  return async (req, ctx) => (valid(await ctx.params) ? handler(req, ctx) : notFound());
}
