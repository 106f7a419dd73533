// The client's cryptography against node's own counterparts: what KSeF decrypts is what was meant.
import { X509Certificate, constants, generateKeyPairSync, privateDecrypt, randomBytes, createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  aesDecrypt,
  encryptInvoice,
  encryptKsefToken,
  newSessionKey,
  readCertificate,
  rsaOaepEncrypt,
} from '@/lib/invoices/ksef/client/crypto';
import { selfSignedCertificate } from '@/lib/invoices/ksef/simulator/der';

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const oaepDecrypt = (data: Buffer) =>
  privateDecrypt({ key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, data);

describe('RSA-OAEP (SHA-256)', () => {
  it('encrypts the KSeF token as token|timestampMs', () => {
    const encrypted = encryptKsefToken(publicKey, '20251010-EC-ABC|nip-1234563218|secret', 1752236636015);
    expect(oaepDecrypt(Buffer.from(encrypted, 'base64')).toString()).toBe(
      '20251010-EC-ABC|nip-1234563218|secret|1752236636015',
    );
  });

  it('wraps a session key so only the private key opens it', () => {
    const key = randomBytes(32);
    expect(oaepDecrypt(rsaOaepEncrypt(publicKey, key)).equals(key)).toBe(true);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    expect(() =>
      privateDecrypt(
        { key: other, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
        rsaOaepEncrypt(publicKey, key),
      ),
    ).toThrow();
  });
});

describe('AES-256-CBC with PKCS#7', () => {
  it('round-trips an invoice and declares the hashes and sizes of both forms', () => {
    const session = newSessionKey();
    expect(session.key.length).toBe(32);
    expect(session.iv.length).toBe(16);
    const xml = Buffer.from('<Faktura>zażółć gęślą jaźń</Faktura>');
    const sent = encryptInvoice(session, xml);
    const encrypted = Buffer.from(sent.encryptedInvoiceContent, 'base64');
    expect(aesDecrypt(session, encrypted).equals(xml)).toBe(true);
    expect(sent.invoiceSize).toBe(xml.length);
    expect(sent.invoiceHash).toBe(createHash('sha256').update(xml).digest('base64'));
    expect(sent.encryptedInvoiceSize).toBe(encrypted.length);
    // PKCS#7 always pads: a whole block more when the length is already a multiple of 16.
    expect(encrypted.length).toBe(Math.ceil((xml.length + 1) / 16) * 16);
    expect(sent.encryptedInvoiceHash).toBe(createHash('sha256').update(encrypted).digest('base64'));
  });

  it('fails to decrypt with another key', () => {
    const sent = encryptInvoice(newSessionKey(), Buffer.from('x'.repeat(100)));
    expect(() => aesDecrypt(newSessionKey(), Buffer.from(sent.encryptedInvoiceContent, 'base64'))).toThrow();
  });
});

describe('certificates', () => {
  it('reads the key and its id (SHA-256 of the SubjectPublicKeyInfo) from a DER certificate', () => {
    const der = selfSignedCertificate({
      subject: { commonName: 'Ministerstwo Finansów', country: 'PL' },
      serial: randomBytes(16),
      notBefore: new Date('2025-01-01T00:00:00Z'),
      notAfter: new Date('2060-01-01T00:00:00Z'),
      publicKey,
      signingKey: privateKey,
    });
    const cert = new X509Certificate(der);
    expect(cert.verify(publicKey)).toBe(true);
    expect(cert.subject).toContain('CN=Ministerstwo Finansów');
    expect(cert.validTo).toContain('2060');
    const read = readCertificate(der.toString('base64'));
    expect(read.publicKeyId).toBe(
      createHash('sha256')
        .update(publicKey.export({ type: 'spki', format: 'der' }))
        .digest('base64'),
    );
    expect(oaepDecrypt(rsaOaepEncrypt(read.publicKey, Buffer.from('k'))).toString()).toBe('k');
  });
});
