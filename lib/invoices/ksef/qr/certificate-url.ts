// KOD II of an offline invoice (kody-qr.md §2): the link that proves who issued the invoice,
// signed with the private key of the issuer's KSeF "Offline" certificate. What is signed is the
// link without "https://" and without the signature itself; RSA keys sign with RSASSA-PSS
// (SHA-256, MGF1-SHA-256, 32-byte salt), P-256 keys with ECDSA/SHA-256 as R||S (IEEE P1363);
// the signature is base64url. Verification (the local simulator, tests) accepts DER too.
import { constants, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { assertNip, assertSha256, normaliseQrBaseUrl } from './invoice-url';

export type ContextIdentifierType = 'Nip' | 'InternalId' | 'NipVatUe' | 'PeppolId';
const CONTEXT_TYPES: readonly string[] = ['Nip', 'InternalId', 'NipVatUe', 'PeppolId'];

export type CertificateUrlParts = {
  contextType: ContextIdentifierType;
  contextId: string;
  sellerNip: string;
  certificateSerial: string;
  xmlSha256Base64Url: string;
};

const SERIAL = /^[0-9A-Fa-f]{1,40}$/;
const PSS = { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 } as const;

type Scheme = 'rsa-pss' | 'ecdsa-p256';

/** Which of the two allowed schemes a key signs with; any other key is a configuration bug. */
function schemeOf(key: KeyObject): Scheme {
  const type = key.asymmetricKeyType;
  const details = key.asymmetricKeyDetails ?? {};
  if (type === 'rsa' || type === 'rsa-pss') {
    if ((details.modulusLength ?? 0) < 2048) throw new Error('KSeF offline certificate: RSA key under 2048 bits');
    return 'rsa-pss';
  }
  if (type === 'ec' && details.namedCurve === 'prime256v1') return 'ecdsa-p256';
  throw new Error(`KSeF offline certificate: unsupported key (${type} ${details.namedCurve ?? ''})`.trim());
}

const stripProtocol = (url: string) => url.replace(/^https?:\/\//, '');

/**
 * `{qrBaseUrl}/certificate/Nip/{contextNip}/{sellerNip}/{certificateSerial}/{SHA-256}/{signature}`.
 * Signed anew each call: PSS salts and ECDSA nonces are random, so the link differs run to run
 * and is frozen by whoever stores it.
 */
export function certificateVerificationUrl(a: {
  qrBaseUrl: string;
  contextNip: string;
  sellerNip: string;
  certificateSerial: string;
  xmlSha256Base64Url: string;
  privateKeyPem: string;
}): string {
  assertNip(a.contextNip, 'Context NIP');
  assertNip(a.sellerNip, 'Seller NIP');
  assertSha256(a.xmlSha256Base64Url);
  if (!SERIAL.test(a.certificateSerial)) throw new Error(`Not a certificate serial number: ${a.certificateSerial}`);
  const unsigned = `${normaliseQrBaseUrl(a.qrBaseUrl)}/certificate/Nip/${a.contextNip}/${a.sellerNip}/${a.certificateSerial}/${a.xmlSha256Base64Url}`;
  const key = createPrivateKey(a.privateKeyPem);
  const data = Buffer.from(stripProtocol(unsigned), 'utf8');
  const signature =
    schemeOf(key) === 'rsa-pss'
      ? sign('sha256', data, { key, ...PSS })
      : sign('sha256', data, { key, dsaEncoding: 'ieee-p1363' });
  return `${unsigned}/${signature.toString('base64url')}`;
}

/** The link's fields, or null when it is not a KOD II link (the signature is not checked here). */
export function parseCertificateUrl(url: string): (CertificateUrlParts & { signed: string; signature: Buffer }) | null {
  if (!/^https?:\/\//.test(url) || /[?#]/.test(url)) return null;
  const body = stripProtocol(url);
  const cut = body.lastIndexOf('/');
  const signed = body.slice(0, cut);
  const sig = body.slice(cut + 1);
  const segs = signed.split('/');
  if (segs.length < 7 || !/^[A-Za-z0-9_-]+$/.test(sig)) return null;
  const [marker, contextType, contextId, sellerNip, certificateSerial, xmlSha256Base64Url] = segs.slice(-6);
  if (marker !== 'certificate' || !CONTEXT_TYPES.includes(contextType) || !contextId) return null;
  if (!/^\d{10}$/.test(sellerNip) || !SERIAL.test(certificateSerial) || !/^[A-Za-z0-9_-]{43}$/.test(xmlSha256Base64Url))
    return null;
  return {
    contextType: contextType as ContextIdentifierType,
    contextId,
    sellerNip,
    certificateSerial,
    xmlSha256Base64Url,
    signed,
    signature: Buffer.from(sig, 'base64url'),
  };
}

/**
 * Checks a KOD II link against the certificate's public key (a public key or certificate PEM):
 * its fields when the signature holds, null when the link is malformed or the signature does not
 * match (a changed field, a different key).
 */
export function verifyCertificateUrl(url: string, publicKeyPem: string): CertificateUrlParts | null {
  const parts = parseCertificateUrl(url);
  if (!parts) return null;
  const key = createPublicKey(publicKeyPem);
  const data = Buffer.from(parts.signed, 'utf8');
  const ok =
    schemeOf(key) === 'rsa-pss'
      ? verify('sha256', data, { key, ...PSS }, parts.signature)
      : verify(
          'sha256',
          data,
          { key, dsaEncoding: parts.signature.length === 64 ? 'ieee-p1363' : 'der' },
          parts.signature,
        );
  if (!ok) return null;
  const { signed: _signed, signature: _signature, ...fields } = parts;
  return fields;
}
