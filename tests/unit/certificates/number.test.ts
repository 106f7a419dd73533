import { describe, expect, it } from 'vitest';
import {
  generateCertificateNumber,
  isValidCertificateNumber,
  normalizeCertificateNumber,
} from '@/lib/certificates/number';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FORMAT = /^PL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe('generateCertificateNumber', () => {
  it('looks like PL-XXXX-XXXX-XXXX in Crockford base32 and passes its own check', () => {
    for (let i = 0; i < 200; i++) {
      const n = generateCertificateNumber();
      expect(n).toMatch(FORMAT);
      expect(n.slice(3)).not.toMatch(/[ILOU]/);
      expect(isValidCertificateNumber(n)).toBe(true);
    }
  });

  it('does not repeat', () => {
    const seen = new Set(Array.from({ length: 10_000 }, generateCertificateNumber));
    expect(seen.size).toBe(10_000);
  });

  it('uses every symbol in the random part', () => {
    const used = new Set(
      Array.from({ length: 500 }, generateCertificateNumber).flatMap((n) => [
        ...n.slice(3).replace(/-/g, '').slice(0, 11),
      ]),
    );
    expect(used.size).toBe(32);
  });
});

describe('check character', () => {
  const number = generateCertificateNumber();
  const body = number.slice(3).replace(/-/g, '');
  const rebuild = (chars: string) => `PL-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;

  it('accepts a known-good number and rejects it with the check changed', () => {
    // Body 00000000001 → state 1 → check = 2·1 = "2".
    expect(isValidCertificateNumber('PL-0000-0000-0012')).toBe(true);
    expect(isValidCertificateNumber('PL-0000-0000-0013')).toBe(false);
  });

  it('catches every single wrong character', () => {
    for (let i = 0; i < body.length; i++) {
      for (const c of ALPHABET) {
        if (c === body[i]) continue;
        expect(isValidCertificateNumber(rebuild(body.slice(0, i) + c + body.slice(i + 1)))).toBe(false);
      }
    }
  });

  it('catches every swap of two neighbouring different characters', () => {
    for (let k = 0; k < 50; k++) {
      const chars = generateCertificateNumber().slice(3).replace(/-/g, '');
      for (let i = 0; i + 1 < chars.length; i++) {
        if (chars[i] === chars[i + 1]) continue;
        const swapped = chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2);
        expect(isValidCertificateNumber(rebuild(swapped))).toBe(false);
      }
    }
  });
});

describe('normalizeCertificateNumber', () => {
  it('forgives case, spaces, dashes, a missing prefix and look-alikes', () => {
    expect(normalizeCertificateNumber(' pl 0000 0000 0012 ')).toBe('PL-0000-0000-0012');
    expect(normalizeCertificateNumber('000000000012')).toBe('PL-0000-0000-0012');
    expect(normalizeCertificateNumber('PL-OOOO-oooo-OO12')).toBe('PL-0000-0000-0012');
    expect(normalizeCertificateNumber('PL-0000-0000-00I2')).toBe('PL-0000-0000-0012');
    expect(normalizeCertificateNumber('PL-0000-0000-00l2')).toBe('PL-0000-0000-0012');
  });

  it('rejects wrong length, foreign symbols and U', () => {
    expect(normalizeCertificateNumber('PL-0000-0000-001')).toBeNull();
    expect(normalizeCertificateNumber('PL-0000-0000-00122')).toBeNull();
    expect(normalizeCertificateNumber('PL-0000-0000-0U12')).toBeNull();
    expect(normalizeCertificateNumber('PL-0000-0000-0#12')).toBeNull();
    expect(normalizeCertificateNumber('')).toBeNull();
  });
});
