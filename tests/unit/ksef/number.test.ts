// The KSeF number's format and CRC-8 (faktury/numer-ksef.md), with the documentation's own examples.
import { describe, expect, it } from 'vitest';
import { crc8, isKsefNumber, makeKsefNumber } from '@/lib/invoices/ksef/number';
import { fromWarsaw } from '@/lib/format/time';

describe('CRC-8 (poly 0x07, init 0x00)', () => {
  it.each([
    ['123456789', 0xf4], // the CRC-8/SMBUS check value
    ['', 0x00],
    ['5265877635-20250826-0100001AF629', 0xaf],
  ])('crc8(%j) = %i', (data, crc) => {
    expect(crc8(data)).toBe(crc);
  });
});

describe('isKsefNumber', () => {
  it.each([
    ['5265877635-20250826-0100001AF629-AF', true], // numer-ksef.md
    ['5265877635-20250626-010080DD2B5E-26', true], // open-api.json, the duplicate example
    ['5265877635-20250826-0100001AF629-AE', false], // wrong checksum
    ['5265877635-20250826-0100001AF628-AF', false], // a changed digit
    ['5265877635-20250826-0100001af629-AF', false], // lower-case hex
    ['5265877635-20250826-010000-1AF629-AF', false], // the 36-character KSeF 1.0 form is not minted
    ['0065877635-20250826-0100001AF629-AF', false], // not a NIP
    ['5265877635-20251326-0100001AF629-AF', false], // month 13
    ['', false],
  ])('%j → %s', (s, ok) => {
    expect(isKsefNumber(s)).toBe(ok);
  });
});

describe('makeKsefNumber', () => {
  it("reproduces the documentation's example from its parts", () => {
    const accepted = fromWarsaw(2025, 8, 26, 10, 15);
    expect(makeKsefNumber('5265877635', accepted, Buffer.from('0100001AF629', 'hex'))).toBe(
      '5265877635-20250826-0100001AF629-AF',
    );
    expect(makeKsefNumber('5265877635', accepted, '0100001af629')).toBe('5265877635-20250826-0100001AF629-AF');
  });

  it('dates the number by the Warsaw calendar day of acceptance', () => {
    // 23:30 UTC on 25 Aug is already 26 Aug in Warsaw.
    const n = makeKsefNumber('5265877635', new Date('2025-08-25T23:30:00Z'), '0100001AF629');
    expect(n.slice(11, 19)).toBe('20250826');
  });

  it('always makes a valid number', () => {
    for (let i = 0; i < 50; i++) {
      const random = Buffer.from(Array.from({ length: 6 }, () => Math.floor(Math.random() * 256)));
      expect(isKsefNumber(makeKsefNumber('1234563218', new Date(), random))).toBe(true);
    }
  });

  it('refuses a technical part that is not 12 hex digits', () => {
    expect(() => makeKsefNumber('1234563218', new Date(), 'XYZ')).toThrow(/12 hex digits/);
  });
});
