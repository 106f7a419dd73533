// BBB's API security model: checksum = hex digest of (call name + query string + shared secret),
// computed over the exact query string sent (docs.bigbluebutton.org, "API Security Model").
// We sign with SHA-256; BBB (and our simulator) also accept SHA-1, SHA-384 and SHA-512.
import { createHash, timingSafeEqual } from 'node:crypto';

export type ChecksumAlgorithm = 'sha1' | 'sha256' | 'sha384' | 'sha512';

/** Hex digest length → algorithm, as BBB tells them apart (a 40-char checksum is SHA-1, …). */
const BY_LENGTH: Record<number, ChecksumAlgorithm> = { 40: 'sha1', 64: 'sha256', 96: 'sha384', 128: 'sha512' };

export function bbbChecksum(call: string, query: string, secret: string, algorithm: ChecksumAlgorithm = 'sha256') {
  return createHash(algorithm)
    .update(call + query + secret, 'utf8')
    .digest('hex');
}

/**
 * application/x-www-form-urlencoded, in the given order: spaces become '+', UTF-8 bytes become
 * %XX (like Java's URLEncoder, which BBB's own examples follow: `name=Test+Meeting`).
 * Undefined values are left out.
 */
export function encodeQuery(params: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.append(k, String(v));
  return q.toString();
}

/** `query&checksum=…` for a call, or `checksum=…` alone when there are no parameters. */
export function signQuery(call: string, query: string, secret: string): string {
  const checksum = bbbChecksum(call, query, secret);
  return query ? `${query}&checksum=${checksum}` : `checksum=${checksum}`;
}

/**
 * Checks a raw query string as received (the part after '?'): the checksum parameter is removed
 * and the rest hashed exactly as it arrived, with the algorithm its length names.
 */
export function verifyChecksum(call: string, rawQuery: string, secret: string): boolean {
  const parts = rawQuery.split('&');
  const at = parts.findIndex((p) => p.startsWith('checksum='));
  if (at < 0) return false;
  const given = parts[at].slice('checksum='.length).toLowerCase();
  const algorithm = BY_LENGTH[given.length];
  if (!algorithm || !/^[0-9a-f]+$/.test(given)) return false;
  const query = parts.filter((_, i) => i !== at).join('&');
  const expected = bbbChecksum(call, query, secret, algorithm);
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}
