import { describe, expect, it } from 'vitest';
import {
  generatePassword,
  PASSWORD_ALPHABET,
  PASSWORD_IS_IDENTITY,
  passwordProblems,
  passwordRules,
  passwordRulesFor,
} from '@/lib/groups/accounts/passwords';

describe('generatePassword', () => {
  it('is 14 characters from an alphabet without look-alikes, with lower, upper and digit', () => {
    for (let i = 0; i < 200; i++) {
      const p = generatePassword();
      expect(p).toHaveLength(14);
      expect(p).toMatch(/[a-z]/);
      expect(p).toMatch(/[A-Z]/);
      expect(p).toMatch(/[0-9]/);
      expect(p).not.toMatch(/[0Oo1lIi]/);
      expect(passwordRules.safeParse(p).success).toBe(true);
    }
    expect(PASSWORD_ALPHABET).not.toMatch(/[0Oo1lIi]/);
  });
  it('honours the length and refuses one below the platform minimum', () => {
    expect(generatePassword(20)).toHaveLength(20);
    expect(() => generatePassword(8)).toThrow();
  });
  it('does not repeat itself', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => generatePassword()));
    expect(seen.size).toBe(1000);
  });
});

describe('passwordRules', () => {
  it('accepts 10–128 characters with a letter and a digit', () => {
    expect(passwordRules.safeParse('zielony-las7').success).toBe(true);
    expect(passwordRules.safeParse('Żółw123456').success).toBe(true);
  });
  it('explains each failure in Polish', () => {
    expect(passwordProblems('krótkie1')).toEqual(['Hasło musi mieć co najmniej 10 znaków.']);
    expect(passwordProblems('bezcyfrowehaslo')).toEqual(['Hasło musi zawierać cyfrę.']);
    expect(passwordProblems('1234567890')).toEqual(['Hasło musi zawierać literę.']);
    expect(passwordProblems('a1'.repeat(65))).toEqual(['Hasło może mieć najwyżej 128 znaków.']);
  });
  it('refuses the account’s own login or e-mail, in any case', () => {
    expect(passwordProblems('Jan.Kowalski1', { login: 'jan.kowalski1' })).toEqual([PASSWORD_IS_IDENTITY]);
    expect(passwordProblems('JAN1@firma.pl', { email: 'jan1@firma.pl' })).toEqual([PASSWORD_IS_IDENTITY]);
    expect(passwordRulesFor({ login: 'jan.kowalski1' }).safeParse('inne-haslo-9').success).toBe(true);
  });
});
