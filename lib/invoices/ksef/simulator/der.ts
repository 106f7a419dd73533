// Just enough DER to issue the simulator's self-signed X.509 certificates: node:crypto parses
// certificates but cannot create them, and shipping a generated one would mean shipping its
// private key. Built at start-up, so a fresh machine needs no openssl.
import { createHash, sign, type KeyObject } from 'node:crypto';

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

const tlv = (tag: number, content: Buffer) => Buffer.concat([Buffer.from([tag]), length(content.length), content]);
const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [a * 40 + b];
  for (const n of rest) {
    const chunk = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** A positive INTEGER from big-endian bytes (a leading 0x00 keeps the sign bit clear). */
function integer(bytes: Buffer): Buffer {
  let b = bytes;
  while (b.length > 1 && b[0] === 0 && !(b[1] & 0x80)) b = b.subarray(1);
  return tlv(0x02, b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
}

const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, 'utf8'));
const printable = (s: string) => tlv(0x13, Buffer.from(s, 'ascii'));

function time(d: Date): Buffer {
  const iso = d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  // RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050.
  return d.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${iso}Z`));
}

export type Subject = { commonName: string; organization?: string; country?: string };

function name(s: Subject): Buffer {
  const rdn = (type: string, value: Buffer) => set(seq(oid(type), value));
  return seq(
    ...(s.country ? [rdn('2.5.4.6', printable(s.country))] : []),
    ...(s.organization ? [rdn('2.5.4.10', utf8(s.organization))] : []),
    rdn('2.5.4.3', utf8(s.commonName)),
  );
}

const SHA256_WITH_RSA = seq(oid('1.2.840.113549.1.1.11'), tlv(0x05, Buffer.alloc(0)));
const ECDSA_WITH_SHA256 = seq(oid('1.2.840.10045.4.3.2'));

/** A v3 certificate (no extensions) for `publicKey`, signed by `signingKey` (RSA or EC), DER-encoded. */
export function selfSignedCertificate(o: {
  subject: Subject;
  issuer?: Subject;
  serial: Buffer;
  notBefore: Date;
  notAfter: Date;
  publicKey: KeyObject;
  signingKey: KeyObject;
}): Buffer {
  const algorithm = o.signingKey.asymmetricKeyType === 'ec' ? ECDSA_WITH_SHA256 : SHA256_WITH_RSA;
  const tbs = seq(
    tlv(0xa0, integer(Buffer.from([2]))),
    integer(o.serial),
    algorithm,
    name(o.issuer ?? o.subject),
    seq(time(o.notBefore), time(o.notAfter)),
    name(o.subject),
    o.publicKey.export({ type: 'spki', format: 'der' }),
  );
  const signature = sign('sha256', tbs, o.signingKey);
  return seq(tbs, algorithm, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
}

export const sha256Base64 = (data: Uint8Array) => createHash('sha256').update(data).digest('base64');
