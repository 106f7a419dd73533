import { describe, expect, it } from 'vitest';
import { isValidNip } from '@/lib/invoices/tax/nip';
import { parseSeller, SAMPLE_SELLER_NIP } from '@/lib/invoices/seller';

describe('seller data', () => {
  it('defaults to the sample company, whose NIP passes the checksum', () => {
    expect(isValidNip(SAMPLE_SELLER_NIP)).toBe(true);
    expect(parseSeller({})).toEqual({
      name: 'Planeta sp. z o.o.',
      nip: SAMPLE_SELLER_NIP,
      addressLines: ['ul. Przykładowa 1', '00-001 Warszawa'],
      email: 'kursy@planeta.edu.pl',
      krs: '0000123456',
      phone: '+48 22 100 20 30',
      complaintsEmail: 'reklamacje@planeta.edu.pl',
    });
  });

  it('reads env, treating empty variables as unset and normalising the NIP', () => {
    const s = parseSeller({
      PLANETA_SELLER_NAME: 'Planeta S.A.',
      PLANETA_SELLER_NIP: 'PL 526-025-02-74',
      PLANETA_SELLER_ADDRESS: '',
      PLANETA_SELLER_BANK_ACCOUNT: '12 1020 1026 0000 0102 0000 0000',
    });
    expect(s).toMatchObject({
      name: 'Planeta S.A.',
      nip: '5260250274',
      addressLines: ['ul. Przykładowa 1', '00-001 Warszawa'],
    });
    expect(s.bankAccount).toBe('12 1020 1026 0000 0102 0000 0000');
  });

  it('stops on a NIP that fails the checksum, naming the variable', () => {
    expect(() => parseSeller({ PLANETA_SELLER_NIP: '5260250275' })).toThrow(/PLANETA_SELLER_NIP/);
  });
});
