// How typed answers are compared with the accepted ones: spacing never matters, case and Polish
// diacritics only when the question says so, and numbers may use a comma or a dot.

export type TextMatching = { caseSensitive: boolean; ignoreDiacritics: boolean };

/** NFD splits "ą" into "a" + ogonek; "ł" has no decomposition, so it is mapped by hand. */
function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L');
}

/** Trimmed, inner whitespace collapsed, case folded (Polish rules) unless caseSensitive, diacritics per setting. */
export function normalizeText(raw: string, opts: TextMatching): string {
  let s = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (opts.ignoreDiacritics) s = stripDiacritics(s);
  if (!opts.caseSensitive) s = s.toLocaleLowerCase('pl-PL');
  return s;
}

/** Whether a typed answer matches one of the accepted ones; an empty answer never does. */
export function textMatches(given: string, accepted: readonly string[], opts: TextMatching): boolean {
  const g = normalizeText(given, opts);
  if (g === '') return false;
  return accepted.some((a) => normalizeText(a, opts) === g);
}

/** "3,5", "3.5", " -2 ", "1 000,5" → number; "3,5,1", "", "abc" → null. */
export function parseDecimal(raw: string): number | null {
  const s = raw
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
