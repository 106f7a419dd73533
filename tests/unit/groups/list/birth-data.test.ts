// Date and place of birth: optional list columns, recognised by their usual headers.
import { describe, expect, it } from 'vitest';
import { birthDateProblem, parseBirthDate } from '@/lib/groups/list/birth-data';
import { mapColumns } from '@/lib/groups/list/participant-columns';

describe('parseBirthDate', () => {
  it.each([
    ['14.03.1988', '1988-03-14'],
    ['4.3.1988', '1988-03-04'],
    ['14-03-1988', '1988-03-14'],
    ['1988-03-14', '1988-03-14'],
    [' 29.02.2000 ', '2000-02-29'],
  ])('%j → %s', (text, iso) => {
    expect(parseBirthDate(text)?.toISOString().slice(0, 10)).toBe(iso);
  });

  it.each([['31.02.1990'], ['1988/03/14'], ['14.03.88'], ['01.01.1850'], ['jutro']])('refuses %j', (text) => {
    expect(parseBirthDate(text)).toBeNull();
    expect(birthDateProblem(text)).toMatch(/DD\.MM\.RRRR/);
  });
});

describe('the birth columns', () => {
  it('are recognised beside the template columns', () => {
    expect(mapColumns(['Imię', 'Nazwisko', 'Data urodzenia', 'Miejsce urodzenia (BHP)'])).toEqual({
      firstName: 0,
      lastName: 1,
      birthDate: 2,
      birthPlace: 3,
    });
  });
});
