// Typed answers: spacing, case (Polish), diacritics (ł included) and decimal commas.
import { describe, expect, it } from 'vitest';
import { normalizeText, parseDecimal, textMatches } from '@/lib/learning/questions/normalize';

const loose = { caseSensitive: false, ignoreDiacritics: true };
const strict = { caseSensitive: true, ignoreDiacritics: false };
const caseOnly = { caseSensitive: false, ignoreDiacritics: false };

describe('normalizeText', () => {
  it.each([
    ['  Żółw   w\tstawie ', caseOnly, 'żółw w stawie'],
    ['ŻÓŁW', loose, 'zolw'],
    ['Łódź', loose, 'lodz'],
    ['Łódź', { caseSensitive: true, ignoreDiacritics: true }, 'Lodz'],
    ['Łódź', strict, 'Łódź'],
    ['ZAŻÓŁĆ GĘŚLĄ JAŹŃ', loose, 'zazolc gesla jazn'],
  ])('%s → %s', (raw, opts, out) => {
    expect(normalizeText(raw, opts)).toBe(out);
  });
});

describe('textMatches', () => {
  it.each([
    ['zolw', ['żółw'], loose, true],
    ['zolw', ['żółw'], caseOnly, false],
    ['ŻÓŁW', ['żółw'], caseOnly, true],
    ['Żółw', ['żółw'], strict, false],
    ['żółw', ['kot', 'żółw'], strict, true],
    ['   ', ['x'], loose, false],
    ['', [''], loose, false],
    ['delta  ujemna', ['delta ujemna'], caseOnly, true],
  ])('%s against %j (%j) is %s', (given, accepted, opts, ok) => {
    expect(textMatches(given, accepted, opts)).toBe(ok);
  });
});

describe('parseDecimal', () => {
  it.each([
    ['3,5', 3.5],
    ['3.5', 3.5],
    [' -2 ', -2],
    ['+0,25', 0.25],
    [',5', 0.5],
    ['1 000,5', 1000.5],
    ['3,5,1', null],
    ['3.5.1', null],
    ['', null],
    ['abc', null],
    ['1e3', null],
    ['-', null],
  ])('%j → %s', (raw, n) => {
    expect(parseDecimal(raw)).toBe(n);
  });
});
