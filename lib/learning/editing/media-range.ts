// One byte range of a course file (RFC 9110 §14): audio players — Safari's above all — seek by
// asking for parts of the file, and refuse to play a clip whose server ignores them.

export type ByteRange = { start: number; end: number } | 'unsatisfiable' | null;

/**
 * The single range a `Range` header asks for within `size` bytes (end inclusive); null for none
 * or a form we do not serve (several ranges, other units: the whole file is sent, as the RFC allows).
 */
export function byteRange(header: string | null, size: number): ByteRange {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || (m[2] !== '' && Number(m[2]) < start)) return 'unsatisfiable';
  return { start, end };
}
