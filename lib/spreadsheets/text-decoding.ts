// Text files from Polish offices come as UTF-8 (with or without BOM) or, from older Excel
// "CSV (rozdzielany przecinkami)", as Windows-1250. "Unicode text" from Excel is UTF-16.
import iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'windows-1250' | 'utf-16le' | 'utf-16be';

// Control characters never appear in a real list; their presence means a binary file.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The file's text, or null when the bytes are not text in any encoding we accept. */
export function decodeText(buf: Uint8Array): { text: string; encoding: TextEncodingName } | null {
  const decoded = decodeBytes(buf);
  const text = decoded.text.replace(/^\uFEFF/, '');
  return CONTROL.test(text) ? null : { text, encoding: decoded.encoding };
}

function decodeBytes(buf: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: iconv.decode(Buffer.from(buf), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: iconv.decode(Buffer.from(buf), 'utf-16be'), encoding: 'utf-16be' };
  try {
    // Polish text in Windows-1250 (ł = 0xB3, ś = 0x9C…) practically never forms valid UTF-8,
    // so a strict UTF-8 decode that succeeds is trustworthy and one that fails means 1250.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(buf), 'win1250'), encoding: 'windows-1250' };
  }
}
