// Which of the Ministry's certificates the client encrypts with (klucze-publiczne-do-szyfrowania.md
// §4.1): the right usage, valid now, the latest validFrom when several are.
import { describe, expect, it } from 'vitest';
import { pickCertificate } from '@/lib/invoices/ksef/client/public-keys';

const cert = (id: string, usage: string, validFrom: string, validTo: string) => ({
  certificate: id,
  publicKeyId: id,
  validFrom,
  validTo,
  usage: [usage],
});

const list = [
  cert('token-old', 'KsefTokenEncryption', '2025-01-01T00:00:00+00:00', '2027-01-01T00:00:00+00:00'),
  cert('token-new', 'KsefTokenEncryption', '2026-06-01T00:00:00+00:00', '2028-06-01T00:00:00+00:00'),
  cert('token-future', 'KsefTokenEncryption', '2027-06-01T00:00:00+00:00', '2029-06-01T00:00:00+00:00'),
  cert('symmetric', 'SymmetricKeyEncryption', '2025-01-01T00:00:00+00:00', '2027-01-01T00:00:00+00:00'),
];

describe('pickCertificate', () => {
  it.each([
    ['2026-07-01T00:00:00Z', 'KsefTokenEncryption', 'token-new'], // a planned rotation: the newer one
    ['2026-01-01T00:00:00Z', 'KsefTokenEncryption', 'token-old'], // the new one is not valid yet
    ['2026-01-01T00:00:00Z', 'SymmetricKeyEncryption', 'symmetric'],
    ['2027-02-01T00:00:00Z', 'SymmetricKeyEncryption', null], // expired, and nothing replaces it
  ] as const)('at %s for %s → %s', (at, usage, id) => {
    expect(pickCertificate(list, usage, Date.parse(at))?.publicKeyId ?? null).toBe(id);
  });
});
