import { describe, expect, it } from 'vitest';
import { transliterate } from '@/lib/format/transliterate';
import { allocateLogins, baseLogin, generateLogin, loginProblem, normaliseLogin } from '@/lib/groups/accounts/logins';

describe('transliterate', () => {
  it('turns every Polish letter, both cases, into ASCII', () => {
    expect(transliterate('ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ')).toBe('acelnoszz ACELNOSZZ');
  });
  it('handles other diacritics and letters NFKD cannot split', () => {
    expect(transliterate('Müller Café Øresund Straße Đurić Ñandú')).toBe('Muller Cafe Oresund Strasse Duric Nandu');
  });
  it('handles decomposed input (macOS) the same as composed', () => {
    expect(transliterate('Żółć'.normalize('NFD'))).toBe('Zolc');
  });
  it('drops letters without an ASCII spelling', () => {
    expect(transliterate('Иван Ivan')).toBe(' Ivan');
  });
});

describe('baseLogin', () => {
  it('builds first.last in lower-case ASCII', () => {
    expect(baseLogin('Łucja', 'Żółć')).toBe('lucja.zolc');
    expect(baseLogin('  JAN ', 'KOWALSKI')).toBe('jan.kowalski');
  });
  it('keeps hyphens, drops apostrophes, turns inner spaces into hyphens', () => {
    expect(baseLogin('Anna-Maria', "O'Brien")).toBe('anna-maria.obrien');
    expect(baseLogin('Jean', 'd’Arc')).toBe('jean.darc');
    expect(baseLogin('Maria Anna', 'van der Berg')).toBe('maria-anna.van-der-berg');
    expect(baseLogin('Ewa', ' - Nowak - ')).toBe('ewa.nowak');
  });
  it('produces only [a-z0-9.-] and a valid login, even from awkward input', () => {
    for (const [f, l] of [
      ['Иван', 'Петров'],
      ['Ян', 'Li'],
      ['X', 'Y'],
      ['Bartholomew-Alexander'.repeat(3), 'Wojciechowska-Szczepańska'.repeat(3)],
    ]) {
      const login = baseLogin(f, l);
      expect(login).toMatch(/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/);
      expect(loginProblem(login)).toBeNull();
    }
    expect(baseLogin('Иван', 'Петров')).toBe('uczestnik');
    expect(baseLogin('Ян', 'Li')).toBe('uczestnik.li');
  });
});

describe('generateLogin', () => {
  it('adds 2, 3, … when the base is taken', () => {
    const taken = new Set(['lucja.zolc', 'lucja.zolc2']);
    expect(generateLogin('Łucja', 'Żółć', (l) => taken.has(l))).toBe('lucja.zolc3');
    expect(generateLogin('Łucja', 'Żółć', () => false)).toBe('lucja.zolc');
  });
  it('keeps long logins within 64 characters with the suffix', () => {
    const login = generateLogin('a'.repeat(80), 'b'.repeat(80), (l) => !l.endsWith('12'));
    expect(login.length).toBeLessThanOrEqual(64);
    expect(login.endsWith('12')).toBe(true);
  });
});

describe('allocateLogins', () => {
  it('never collides with platform logins nor with logins given in the file', () => {
    const taken = new Set(['jan.kowalski']);
    const logins = allocateLogins(
      [
        { firstName: 'Jan', lastName: 'Kowalski' },
        { firstName: 'Jan', lastName: 'Kowalski', login: 'JAN.KOWALSKI2' },
        { firstName: 'Jan', lastName: 'Kowalski' },
        { firstName: 'Łucja', lastName: 'Żółć' },
      ],
      taken,
    );
    expect(logins).toEqual(['jan.kowalski3', 'jan.kowalski2', 'jan.kowalski4', 'lucja.zolc']);
  });
  it('stays fast for thousands of people with the same name', () => {
    const people = Array.from({ length: 5000 }, () => ({ firstName: 'Jan', lastName: 'Nowak' }));
    const started = performance.now();
    const logins = allocateLogins(people, new Set());
    expect(new Set(logins).size).toBe(5000);
    expect(logins[4999]).toBe('jan.nowak5000');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('given logins', () => {
  it('are case-insensitive and trimmed', () => {
    expect(normaliseLogin('  Jan.Kowalski ')).toBe('jan.kowalski');
  });
  it('accept 3–64 of [a-z0-9._-] starting with a letter or digit', () => {
    expect(loginProblem('jan_k-1.x')).toBeNull();
    expect(loginProblem('ab')).toMatch(/od 3 do 64/);
    expect(loginProblem('a'.repeat(65))).toMatch(/od 3 do 64/);
    expect(loginProblem('łucja')).toMatch(/bez polskich znaków/);
    expect(loginProblem('jan kowalski')).toMatch(/tylko litery/);
    expect(loginProblem('-jan')).toMatch(/zaczynać się literą lub cyfrą/);
  });
});
