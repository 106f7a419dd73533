// The cryptography KSeF API 2.0 asks of a client (uwierzytelnianie.md, sesja-interaktywna.md):
// RSA-OAEP/SHA-256 with the Ministry's certificate for the KSeF token and the session key,
// AES-256-CBC/PKCS#7 for the invoice, SHA-256 in Base64 for every declared hash.
import {
  X509Certificate,
  constants,
  createCipheriv,
  createDecipheriv,
  createHash,
  publicEncrypt,
  randomBytes,
  type KeyObject,
} from 'node:crypto';

export const sha256Base64 = (data: Uint8Array) => createHash('sha256').update(data).digest('base64');

/** RSAES-OAEP with SHA-256 and MGF1(SHA-256), as KSeF decrypts it. */
export function rsaOaepEncrypt(publicKey: KeyObject, data: Uint8Array): Buffer {
  return publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, data);
}

/** The string `token|timestampMs` encrypted for POST /auth/ksef-token, in Base64. */
export function encryptKsefToken(publicKey: KeyObject, token: string, timestampMs: number | string): string {
  return rsaOaepEncrypt(publicKey, Buffer.from(`${token}|${timestampMs}`, 'utf8')).toString('base64');
}

export type SessionKey = { key: Buffer; iv: Buffer };

/** A fresh AES-256 key and 128-bit IV for one online session. */
export const newSessionKey = (): SessionKey => ({ key: randomBytes(32), iv: randomBytes(16) });

export function aesEncrypt({ key, iv }: SessionKey, plain: Uint8Array): Buffer {
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([cipher.update(plain), cipher.final()]);
}

export function aesDecrypt({ key, iv }: SessionKey, encrypted: Uint8Array): Buffer {
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([decipher.update(encrypted), decipher.final()]);
}

/** The Base64 DER certificate KSeF publishes → its public key and the key's id (SHA-256 of the SPKI). */
export function readCertificate(base64Der: string): { publicKey: KeyObject; publicKeyId: string } {
  const cert = new X509Certificate(Buffer.from(base64Der, 'base64'));
  const publicKey = cert.publicKey;
  return { publicKey, publicKeyId: sha256Base64(publicKey.export({ type: 'spki', format: 'der' })) };
}

/** What POST /sessions/online/{ref}/invoices carries for one plain document. */
export function encryptInvoice(session: SessionKey, xml: Uint8Array) {
  const encrypted = aesEncrypt(session, xml);
  return {
    invoiceHash: sha256Base64(xml),
    invoiceSize: xml.length,
    encryptedInvoiceHash: sha256Base64(encrypted),
    encryptedInvoiceSize: encrypted.length,
    encryptedInvoiceContent: encrypted.toString('base64'),
  };
}
