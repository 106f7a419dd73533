// What an uploaded course file really is, judged by its first bytes and never by its name or the
// browser's type: only images and audio a browser shows without running anything. SVG and HTML
// (which can carry script) match no signature and are refused.

export type SniffedMedia = { mimeType: string; label: string };

const at = (buf: Uint8Array, offset: number, bytes: number[]) => bytes.every((b, i) => buf[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** ISO base media brands that are audio (or a plain MP4 served to an audio element). */
const MP4_BRANDS = ['M4A ', 'M4B ', 'mp42', 'mp41', 'isom', 'iso2', 'dash'];

export function sniffMedia(buf: Uint8Array): SniffedMedia | null {
  if (at(buf, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mimeType: 'image/png', label: 'PNG' };
  if (at(buf, 0, [0xff, 0xd8, 0xff])) return { mimeType: 'image/jpeg', label: 'JPEG' };
  if (at(buf, 0, ascii('GIF87a')) || at(buf, 0, ascii('GIF89a'))) return { mimeType: 'image/gif', label: 'GIF' };
  if (at(buf, 0, ascii('RIFF')) && at(buf, 8, ascii('WEBP'))) return { mimeType: 'image/webp', label: 'WebP' };
  if (at(buf, 0, ascii('RIFF')) && at(buf, 8, ascii('WAVE'))) return { mimeType: 'audio/wav', label: 'WAV' };
  if (at(buf, 0, ascii('OggS'))) return { mimeType: 'audio/ogg', label: 'OGG' };
  if (at(buf, 0, ascii('ID3')) || isMpegFrame(buf)) return { mimeType: 'audio/mpeg', label: 'MP3' };
  if (at(buf, 4, ascii('ftyp')) && MP4_BRANDS.some((b) => at(buf, 8, ascii(b))))
    return { mimeType: 'audio/mp4', label: 'M4A' };
  return null;
}

/** An MPEG audio frame header: 11 sync bits, a valid version and layer III, a usable bitrate. */
function isMpegFrame(buf: Uint8Array): boolean {
  if (buf.length < 4 || buf[0] !== 0xff || (buf[1] & 0xe0) !== 0xe0) return false;
  const version = (buf[1] >> 3) & 0b11;
  const layer = (buf[1] >> 1) & 0b11;
  const bitrate = buf[2] >> 4;
  const rate = (buf[2] >> 2) & 0b11;
  return version !== 0b01 && layer === 0b01 && bitrate !== 0 && bitrate !== 0b1111 && rate !== 0b11;
}
