// KOD I of a KSeF invoice (kody-qr.md §1): the link anyone can scan to see that the invoice is in
// KSeF and unchanged — the seller's NIP, the issue date (P_1) and the SHA-256 of the XML file.
import { createHash } from 'node:crypto';
import { warsawParts } from '@/lib/format/time';

const NIP = /^\d{10}$/;
/** A SHA-256 digest in base64url without padding is 43 characters. */
const SHA256_B64URL = /^[A-Za-z0-9_-]{43}$/;

/** SHA-256 of the invoice file's exact bytes, base64url without padding ("wyróżnik pliku faktury"). */
export function sha256Base64Url(data: Buffer | Uint8Array | string): string {
  return createHash('sha256').update(data).digest('base64url');
}

/** "https://qr-test.ksef.mf.gov.pl/" → "https://qr-test.ksef.mf.gov.pl"; anything but http(s) is a bug. */
export function normaliseQrBaseUrl(qrBaseUrl: string): string {
  const url = new URL(qrBaseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`KSeF QR base URL must be http(s): ${qrBaseUrl}`);
  if (url.search || url.hash) throw new Error(`KSeF QR base URL takes no query or fragment: ${qrBaseUrl}`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

export function assertNip(nip: string, what: string): void {
  if (!NIP.test(nip)) throw new Error(`${what} must be 10 digits: ${nip}`);
}

export function assertSha256(hash: string): void {
  if (!SHA256_B64URL.test(hash)) throw new Error(`Not a base64url SHA-256 digest: ${hash}`);
}

/** DD-MM-RRRR of the Warsaw calendar day: an invoice issued at 23:30 UTC on 31 Jan is dated 1 Feb. */
export function qrDate(d: Date): string {
  const p = warsawParts(d);
  return `${String(p.day).padStart(2, '0')}-${String(p.month).padStart(2, '0')}-${p.year}`;
}

/** `{qrBaseUrl}/invoice/{sellerNip}/{DD-MM-RRRR}/{SHA-256 base64url}`. */
export function invoiceVerificationUrl(a: {
  qrBaseUrl: string;
  sellerNip: string;
  issueDate: Date;
  xmlSha256Base64Url: string;
}): string {
  assertNip(a.sellerNip, 'Seller NIP');
  assertSha256(a.xmlSha256Base64Url);
  return `${normaliseQrBaseUrl(a.qrBaseUrl)}/invoice/${a.sellerNip}/${qrDate(a.issueDate)}/${a.xmlSha256Base64Url}`;
}
