// What an uploaded lesson video really is, judged by its first bytes (never the name or the
// browser's type): an MP4 (ISO base media with a video brand) or a WebM (EBML, doctype "webm").

export type SniffedVideo = { mimeType: 'video/mp4' | 'video/webm'; label: 'MP4' | 'WebM' };

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const at = (buf: Uint8Array, offset: number, bytes: number[]) => bytes.every((b, i) => buf[offset + i] === b);

/** ISO base media major brands a browser plays as video. */
const MP4_VIDEO_BRANDS = ['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'dash', 'msnv'];
const EBML = [0x1a, 0x45, 0xdf, 0xa3];
/** The EBML DocType element (0x4282), its one-byte size (0x84: four bytes), then "webm". */
const WEBM_DOCTYPE = [0x42, 0x82, 0x84, ...ascii('webm')];

export function sniffVideo(buf: Uint8Array): SniffedVideo | null {
  if (at(buf, 4, ascii('ftyp')) && MP4_VIDEO_BRANDS.some((b) => at(buf, 8, ascii(b))))
    return { mimeType: 'video/mp4', label: 'MP4' };
  if (at(buf, 0, EBML)) {
    // The DocType sits in the EBML header, within its first few dozen bytes.
    const head = buf.subarray(0, 64);
    for (let i = 4; i + WEBM_DOCTYPE.length <= head.length; i++)
      if (at(head, i, WEBM_DOCTYPE)) return { mimeType: 'video/webm', label: 'WebM' };
  }
  return null;
}
