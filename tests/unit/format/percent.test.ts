// Percentages and file sizes as each language writes them: Polish with a space before the sign
// and a decimal comma, English with neither, Ukrainian with the comma and no space.
import { describe, expect, it } from 'vitest';
import { formatPercent } from '@/lib/format/percent';
import { fileSize } from '@/lib/format/file-size';

describe('formatPercent', () => {
  it.each([
    [100, 'pl', '100 %'],
    [100, 'en', '100%'],
    [100, 'uk', '100%'],
    [87.5, 'pl', '87,5 %'],
    [87.5, 'en', '87.5%'],
    [87.5, 'uk', '87,5%'],
    [66.66, 'pl', '66,7 %'],
    [66.66, 'en', '66.7%'],
    [0, 'en', '0%'],
  ])('%d in %s reads %s', (value, locale, text) => expect(formatPercent(value, locale)).toBe(text));

  it('is Polish without a language, and for one we do not have', () => {
    expect(formatPercent(65)).toBe('65 %');
    expect(formatPercent(65, 'de')).toBe('65 %');
  });
});

describe('fileSize', () => {
  it('writes the decimal mark of the language', () => {
    expect(fileSize(1_468_006)).toBe('1,4 MB');
    expect(fileSize(1_468_006, 'en')).toBe('1.4 MB');
    expect(fileSize(12_400, 'en')).toBe('12 KB');
  });
});
