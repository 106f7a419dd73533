import { describe, expect, it } from 'vitest';
import { checkPackageAge, PACKAGE_CODES, PACKAGES, subjectsFor } from '@/lib/families/rules/packages';
import { SIBLING_DISCOUNT } from '@/lib/families/rules/sibling-discount';

describe('prices per child per school year (§5.2)', () => {
  it.each([
    ['NA_START', { PLN: 175000, GBP: 35900, EUR: 40900, USD: 46900 }],
    ['MINI', { PLN: 219900, GBP: 45900, EUR: 50900, USD: 59000 }],
    ['STANDARD', { PLN: 299900, GBP: 61900, EUR: 69900, USD: 80900 }],
    ['PREMIUM', { PLN: 499900, GBP: 103900, EUR: 115900, USD: 134900 }],
  ] as const)('%s', (code, price) => {
    expect(PACKAGES[code].price).toEqual(price);
  });

  it('Standard minus the sibling discount gives the §5.3 prices 1999 PLN / 409 GBP / 469 EUR / 529 USD', () => {
    const s = PACKAGES.STANDARD.price;
    expect(s.PLN - SIBLING_DISCOUNT.PLN).toBe(199900);
    expect(s.GBP - SIBLING_DISCOUNT.GBP).toBe(40900);
    expect(s.EUR - SIBLING_DISCOUNT.EUR).toBe(46900);
    expect(s.USD - SIBLING_DISCOUNT.USD).toBe(52900);
  });

  it('has four packages with Polish names and contents', () => {
    expect(PACKAGE_CODES.map((c) => PACKAGES[c].name)).toEqual([
      'Pakiet Na Start',
      'Pakiet Mini',
      'Pakiet Standard',
      'Pakiet Premium',
    ]);
    expect(PACKAGES.NA_START.includes.join(' ')).toContain('20 scenariuszy');
    expect(PACKAGES.PREMIUM.includes.join(' ')).toContain('20 indywidualnych korepetycji');
    expect(PACKAGES.PREMIUM.includes.join(' ')).toContain('lektur');
  });
});

describe('checkPackageAge (§4.6, §4.7)', () => {
  const y2026 = { startYear: 2026 };
  it('Na Start is for ages 5–12', () => {
    expect(checkPackageAge('NA_START', 2021, y2026)).toEqual({ ok: true, age: 5 });
    expect(checkPackageAge('NA_START', 2014, y2026)).toEqual({ ok: true, age: 12 });
    expect(checkPackageAge('NA_START', 2022, y2026)).toMatchObject({ ok: false, age: 4 });
    const old = checkPackageAge('NA_START', 2013, y2026);
    expect(old).toMatchObject({ ok: false, code: 'AGE_OUT_OF_RANGE', age: 13 });
    if (!old.ok)
      expect(old.message).toBe(
        'Pakiet Na Start jest dla dzieci w wieku 5–12 lat, a dziecko urodzone w 2013 r. kończy w 2026 r. 13 lat.',
      );
  });
  it('Mini, Standard and Premium are for ages 5–15, the range of the class table', () => {
    for (const code of ['MINI', 'STANDARD', 'PREMIUM'] as const) {
      expect(checkPackageAge(code, 2021, y2026).ok).toBe(true);
      expect(checkPackageAge(code, 2011, y2026).ok).toBe(true);
      expect(checkPackageAge(code, 2022, y2026).ok).toBe(false);
      expect(checkPackageAge(code, 2010, y2026).ok).toBe(false);
    }
  });
  it('uses Polish plural forms for ages', () => {
    const r = checkPackageAge('MINI', 2022, y2026);
    if (!r.ok) expect(r.message).toContain('4 lata');
  });
});

describe('subjectsFor', () => {
  it('Na Start is Polish from scratch whatever the class', () => {
    expect(subjectsFor('NA_START', 0)).toEqual(['JEZYK_POLSKI_OD_PODSTAW']);
    expect(subjectsFor('NA_START', 6)).toEqual(['JEZYK_POLSKI_OD_PODSTAW']);
  });
  it('Mini: early-school education in 1–3, Polish, history, nature/geography, civics later, no sciences', () => {
    expect(subjectsFor('MINI', 0)).toEqual(['PRZYGOTOWANIE_PRZEDSZKOLNE']);
    expect(subjectsFor('MINI', 2)).toEqual(['EDUKACJA_WCZESNOSZKOLNA']);
    expect(subjectsFor('MINI', 4)).toEqual(['JEZYK_POLSKI', 'HISTORIA', 'PRZYRODA']);
    expect(subjectsFor('MINI', 6)).toEqual(['JEZYK_POLSKI', 'HISTORIA', 'GEOGRAFIA']);
    // The school's order (§4.5.3): civics follows history, before nature and geography.
    expect(subjectsFor('MINI', 8)).toEqual(['JEZYK_POLSKI', 'HISTORIA', 'WOS', 'GEOGRAFIA']);
    for (let c = 0 as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8; c <= 8; c++) {
      expect(subjectsFor('MINI', c)).not.toContain('MATEMATYKA');
      expect(subjectsFor('MINI', c)).not.toContain('JEZYK_ANGIELSKI');
    }
  });
  it('Standard and Premium add the sciences and languages of their class', () => {
    expect(subjectsFor('STANDARD', 1)).toEqual(['EDUKACJA_WCZESNOSZKOLNA', 'JEZYK_ANGIELSKI']);
    expect(subjectsFor('STANDARD', 4)).toEqual([
      'JEZYK_POLSKI',
      'HISTORIA',
      'PRZYRODA',
      'MATEMATYKA',
      'ZAJECIA_KOMPUTEROWE',
      'JEZYK_ANGIELSKI',
    ]);
    expect(subjectsFor('PREMIUM', 8)).toEqual([
      'JEZYK_POLSKI',
      'HISTORIA',
      'WOS',
      'GEOGRAFIA',
      'MATEMATYKA',
      'INFORMATYKA',
      'BIOLOGIA',
      'CHEMIA',
      'FIZYKA',
      'EDB',
      'JEZYK_ANGIELSKI',
      'JEZYK_FRANCUSKI',
      'JEZYK_HISZPANSKI',
      'JEZYK_NIEMIECKI',
      'JEZYK_WLOSKI',
    ]);
    expect(subjectsFor('STANDARD', 7)).toEqual(subjectsFor('PREMIUM', 7));
    expect(subjectsFor('STANDARD', 0)).toEqual(['PRZYGOTOWANIE_PRZEDSZKOLNE']);
  });
});
