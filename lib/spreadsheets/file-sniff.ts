// What an uploaded file really is, judged by its first bytes: browsers and users both get
// the extension and MIME type wrong (a PDF renamed to .csv, CSV saved as .xlsx).
export type SniffedKind = 'xlsx' | 'text' | 'legacy-xls' | 'other-binary';

const startsWith = (buf: Uint8Array, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

// Well-known binary signatures, named so the refusal can tell the user what they sent.
const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: '7-Zip', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'GZIP', bytes: [0x1f, 0x8b] },
];

export function sniffFile(buf: Uint8Array): { kind: SniffedKind; name?: string } {
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'xlsx' };
  // OLE2 compound file: Excel 97–2003 .xls (or an old .doc).
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'legacy-xls' };
  const known = BINARY_SIGNATURES.find((s) => startsWith(buf, s.bytes));
  if (known) return { kind: 'other-binary', name: known.name };
  return { kind: 'text' };
}
