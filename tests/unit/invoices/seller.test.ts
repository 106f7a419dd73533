import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/format/money';
import { isValidNip } from '@/lib/invoices/tax/nip';
import { parseSeller, SAMPLE_SELLER_NIP } from '@/lib/invoices/seller';
import { sellerIdentity, sellerRegistration } from '@/lib/legal/shared-text';

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
      registryCourt:
        'Sąd Rejonowy dla m.st. Warszawy w Warszawie, XIII Wydział Gospodarczy Krajowego Rejestru Sądowego',
      shareCapital: 500000,
    });
  });

  it.each([
    ['5000', 500000],
    ['5 000,00 zł', 500000],
    ['1250000.50', 125000050],
  ])('reads the share capital %s in złoty as %i grosze (art. 206 KSH)', (value, grosze) => {
    expect(parseSeller({ PLANETA_SELLER_SHARE_CAPITAL: value }).shareCapital).toBe(grosze);
  });

  it('leaves the registry court and the share capital out when set to "-"', () => {
    const s = parseSeller({ PLANETA_SELLER_REGISTRY_COURT: '-', PLANETA_SELLER_SHARE_CAPITAL: '-' });
    expect(s).not.toHaveProperty('registryCourt');
    expect(s).not.toHaveProperty('shareCapital');
    expect(sellerIdentity(s)).toBe(
      'Planeta sp. z o.o. z siedzibą pod adresem ul. Przykładowa 1, 00-001 Warszawa, wpisana do rejestru przedsiębiorców Krajowego Rejestru Sądowego pod numerem KRS 0000123456, NIP 1234563218',
    );
    expect(sellerRegistration(s)).toBeNull();
  });

  it('names the registry court and the share capital in the identification the terms print', () => {
    const s = parseSeller({
      PLANETA_SELLER_REGISTRY_COURT:
        'Sąd Rejonowy Poznań – Nowe Miasto i Wilda w Poznaniu, VIII Wydział Gospodarczy KRS',
    });
    expect(sellerIdentity(s)).toContain(
      `KRS 0000123456 (sąd rejestrowy: Sąd Rejonowy Poznań – Nowe Miasto i Wilda w Poznaniu, VIII Wydział Gospodarczy KRS), NIP 1234563218, kapitał zakładowy ${formatMoney(500000)}`,
    );
    expect(sellerRegistration(s)).toMatch(/^Sąd rejestrowy: Sąd Rejonowy Poznań.*, kapitał zakładowy 5000,00\szł$/);
  });

  it('stops on a share capital that is not an amount, naming the variable', () => {
    expect(() => parseSeller({ PLANETA_SELLER_SHARE_CAPITAL: 'pięć tysięcy' })).toThrow(/PLANETA_SELLER_SHARE_CAPITAL/);
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
