// PayU signs every notification with `OpenPayu-Signature: sender=…;signature=…;algorithm=…;content=DOCUMENT`
// where signature = hex(HASH(raw body ++ second key)). Only the raw bytes verify: JSON that was
// parsed and re-serialised will not, so callers must pass the body exactly as received.
import { createHash, timingSafeEqual } from 'node:crypto';

export type SignatureHeader = { signature: string; algorithm: string; sender?: string; content?: string };

// Names as PayU and its SDK write them; 'SHA' is SHA-1, as in openpayu_php's verifySignature.
const HASHES: Record<string, string> = {
  MD5: 'md5',
  SHA: 'sha1',
  SHA1: 'sha1',
  'SHA-1': 'sha1',
  SHA256: 'sha256',
  'SHA-256': 'sha256',
  SHA384: 'sha384',
  'SHA-384': 'sha384',
  SHA512: 'sha512',
  'SHA-512': 'sha512',
};

const HEADER_NAMES = ['openpayu-signature', 'x-openpayu-signature'];

/** Parses `k=v;k=v;` (keys in any order); null when malformed or signature/algorithm is missing. */
export function parseSignatureHeader(header: string | null | undefined): SignatureHeader | null {
  if (!header) return null;
  const trimmed = header.trim().replace(/;$/, '');
  if (!trimmed) return null;
  const fields = new Map<string, string>();
  for (const part of trimmed.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    fields.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  const signature = fields.get('signature');
  const algorithm = fields.get('algorithm');
  if (!signature || !algorithm) return null;
  return { signature, algorithm, sender: fields.get('sender'), content: fields.get('content') };
}

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/** The signature header's value, looked up case-insensitively under both names PayU uses. */
export function findSignatureHeader(headers: HeaderBag): string | null {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) {
    for (const name of HEADER_NAMES) {
      const v = headers.get(name);
      if (v) return v;
    }
    return null;
  }
  const bag = headers as Record<string, string | string[] | undefined>;
  for (const name of HEADER_NAMES) {
    for (const [key, value] of Object.entries(bag)) {
      if (key.toLowerCase() !== name || value === undefined) continue;
      const v = Array.isArray(value) ? value[0] : value;
      if (v) return v;
    }
  }
  return null;
}

/** Lowercase hex of HASH(body ++ key); throws on an algorithm PayU does not use. */
export function computeSignature(rawBody: Buffer | string, secondKey: string, algorithm: string): string {
  const hash = HASHES[algorithm.trim().toUpperCase()];
  if (!hash) throw new Error(`Unsupported PayU signature algorithm: ${algorithm}`);
  return createHash(hash).update(rawBody).update(secondKey, 'utf8').digest('hex');
}

/** True only when the header parses, names a known algorithm and matches the raw body. */
export function verifySignature(
  rawBody: Buffer | string,
  headerValue: string | null | undefined,
  secondKey: string,
): boolean {
  const parsed = parseSignatureHeader(headerValue);
  if (!parsed || !HASHES[parsed.algorithm.toUpperCase()]) return false;
  const expected = Buffer.from(computeSignature(rawBody, secondKey, parsed.algorithm), 'utf8');
  const given = Buffer.from(parsed.signature.toLowerCase(), 'utf8');
  // timingSafeEqual throws on unequal lengths; the length itself is not secret.
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The header PayU would send for `body` (used by the simulator and tests). */
export function signatureHeader(body: Buffer | string, secondKey: string, algorithm = 'MD5'): string {
  return `sender=checkout;signature=${computeSignature(body, secondKey, algorithm)};algorithm=${algorithm};content=DOCUMENT`;
}
