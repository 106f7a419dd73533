// Letters that Unicode does not decompose into "base + accent" (ł, ß, ø…), so NFKD alone
// would drop them instead of turning them into their usual ASCII spelling.
const NON_DECOMPOSING: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  Ð: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
};

/**
 * "Łucja Żółć" → "Lucja Zolc": Polish and other accented Latin letters become plain ASCII;
 * anything without an ASCII spelling (e.g. Cyrillic) is dropped. Case is kept.
 */
export function transliterate(text: string): string {
  return text
    .replace(/[^\u0000-\u007f]/g, (ch) => NON_DECOMPOSING[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\u0000-\u007f]/g, '');
}
