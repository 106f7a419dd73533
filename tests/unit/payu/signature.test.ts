import { describe, expect, it } from 'vitest';
import {
  computeSignature,
  findSignatureHeader,
  parseSignatureHeader,
  signatureHeader,
  verifySignature,
} from '@/lib/payments/payu/signature';

const KEY = 'b6ca15b0d1020e8094d9b5f8d163db54';
const BODY = '{"order":{"orderId":"LDLW5N7MF4140324GUEST000P01","status":"COMPLETED","totalAmount":"200"}}';

describe('computeSignature: openpayu_php SDK vector (OpenPayUData + SignatureKey)', () => {
  it.each([
    ['MD5', '8375034eb737d520c829fad4026a38aa'],
    ['SHA-1', '52bb16149d1a5ccc8ac05f8e435c30d82efd5364'],
    ['SHA', '52bb16149d1a5ccc8ac05f8e435c30d82efd5364'],
    ['SHA-256', '8b2fd55b48f150347df56ce18d787335f32ced1d67f214016476f7c0a8f09981'],
    ['SHA256', '8b2fd55b48f150347df56ce18d787335f32ced1d67f214016476f7c0a8f09981'],
  ])('%s', (algorithm, expected) => {
    expect(computeSignature('OpenPayUData', 'SignatureKey', algorithm)).toBe(expected);
    expect(computeSignature(Buffer.from('OpenPayUData'), 'SignatureKey', algorithm)).toBe(expected);
  });

  it('supports SHA-384 and SHA-512 and rejects unknown algorithms', () => {
    expect(computeSignature('OpenPayUData', 'SignatureKey', 'SHA-384')).toHaveLength(96);
    expect(computeSignature('OpenPayUData', 'SignatureKey', 'SHA-512')).toHaveLength(128);
    expect(() => computeSignature('x', 'y', 'CRC32')).toThrow(/Unsupported/);
  });
});

describe('parseSignatureHeader', () => {
  it('reads the header PayU sends', () => {
    expect(
      parseSignatureHeader('sender=checkout;signature=d47d8a771d558c29285887febddd9327;algorithm=MD5;content=DOCUMENT'),
    ).toEqual({
      sender: 'checkout',
      signature: 'd47d8a771d558c29285887febddd9327',
      algorithm: 'MD5',
      content: 'DOCUMENT',
    });
  });

  it('accepts keys in any order and a trailing semicolon', () => {
    expect(parseSignatureHeader('algorithm=SHA-256;content=DOCUMENT;signature=abc;sender=checkout;')).toMatchObject({
      algorithm: 'SHA-256',
      signature: 'abc',
    });
  });

  it.each([
    ['empty', ''],
    ['no signature', 'sender=checkout;algorithm=MD5'],
    ['no algorithm', 'sender=checkout;signature=abc'],
    ['part without =', 'sender=checkout;signature=abc;algorithm=MD5;garbage'],
    ['empty key', '=x;signature=abc;algorithm=MD5'],
    ['only semicolons', ';;'],
  ])('rejects a malformed header (%s)', (_name, header) => {
    expect(parseSignatureHeader(header)).toBeNull();
  });
});

describe('findSignatureHeader', () => {
  const value = signatureHeader(BODY, KEY);

  it('finds OpenPayu-Signature in any letter case (Node lower-cases names)', () => {
    expect(findSignatureHeader({ 'openpayu-signature': value })).toBe(value);
    expect(findSignatureHeader({ 'OpenPayu-Signature': value })).toBe(value);
    expect(findSignatureHeader(new Headers({ 'OPENPAYU-SIGNATURE': value }))).toBe(value);
  });

  it('finds the X-OpenPayU-Signature variant', () => {
    expect(findSignatureHeader({ 'x-openpayu-signature': value })).toBe(value);
    expect(findSignatureHeader(new Headers({ 'X-OpenPayU-Signature': value }))).toBe(value);
  });

  it('takes the first value of a repeated header and returns null when absent', () => {
    expect(findSignatureHeader({ 'openpayu-signature': [value, 'other'] })).toBe(value);
    expect(findSignatureHeader({ 'content-type': 'application/json' })).toBeNull();
    expect(findSignatureHeader(new Headers())).toBeNull();
  });
});

describe('verifySignature', () => {
  it('accepts the header built for the same raw body and key', () => {
    expect(verifySignature(BODY, signatureHeader(BODY, KEY), KEY)).toBe(true);
    expect(verifySignature(Buffer.from(BODY), signatureHeader(BODY, KEY, 'SHA-256'), KEY)).toBe(true);
  });

  it('accepts PayU example-style headers with keys reordered and upper-case hex', () => {
    const sig = computeSignature(BODY, KEY, 'MD5').toUpperCase();
    expect(verifySignature(BODY, `algorithm=MD5;signature=${sig};sender=checkout;content=DOCUMENT;`, KEY)).toBe(true);
  });

  it('rejects a tampered body, a wrong key, re-serialised JSON and an unknown algorithm', () => {
    const header = signatureHeader(BODY, KEY);
    expect(verifySignature(BODY.replace('"200"', '"1"'), header, KEY)).toBe(false);
    expect(verifySignature(BODY, header, 'another-second-key')).toBe(false);
    expect(verifySignature(JSON.stringify(JSON.parse(BODY), null, 2), header, KEY)).toBe(false);
    const sig = computeSignature(BODY, KEY, 'MD5');
    expect(verifySignature(BODY, `sender=checkout;signature=${sig};algorithm=CRC32`, KEY)).toBe(false);
  });

  it('rejects missing or malformed headers and signatures of the wrong length', () => {
    expect(verifySignature(BODY, null, KEY)).toBe(false);
    expect(verifySignature(BODY, 'signature-only', KEY)).toBe(false);
    expect(verifySignature(BODY, 'signature=abc;algorithm=MD5', KEY)).toBe(false);
  });
});
