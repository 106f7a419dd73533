// Course files are typed by their first bytes: the allowed images and audio are recognised
// whatever they are called, and SVG, HTML and other files are refused.
import { describe, expect, it } from 'vitest';
import { sniffMedia } from '@/lib/learning/editing/media-sniff';
import { byteRange } from '@/lib/learning/editing/media-range';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const pad = new Array(16).fill(0);

describe('course file sniffing', () => {
  it.each([
    ['PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], pad), 'image/png'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], pad), 'image/jpeg'],
    ['GIF89a', bytes('GIF89a', pad), 'image/gif'],
    ['GIF87a', bytes('GIF87a', pad), 'image/gif'],
    ['WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ', pad), 'image/webp'],
    ['WAV', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt ', pad), 'audio/wav'],
    ['OGG', bytes('OggS', [0], pad), 'audio/ogg'],
    ['MP3 with ID3', bytes('ID3', [4, 0, 0], pad), 'audio/mpeg'],
    ['MP3 frame (MPEG-1 layer III, 128 kbit/s)', bytes([0xff, 0xfb, 0x90, 0x64], pad), 'audio/mpeg'],
    ['M4A', bytes([0, 0, 0, 0x20], 'ftypM4A ', pad), 'audio/mp4'],
    ['MP4 (isom)', bytes([0, 0, 0, 0x20], 'ftypisom', pad), 'audio/mp4'],
  ])('%s is %s', (_name, buf, mime) => {
    expect(sniffMedia(buf)?.mimeType).toBe(mime);
  });

  it.each([
    ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['SVG with an XML prolog', bytes('<?xml version="1.0"?><svg/>')],
    ['HTML', bytes('<!DOCTYPE html><html><script>alert(1)</script>')],
    ['HTML that starts with spaces', bytes('   <html>')],
    ['PDF', bytes('%PDF-1.7', pad)],
    ['ZIP', bytes([0x50, 0x4b, 0x03, 0x04], pad)],
    ['RIFF that is AVI', bytes('RIFF', [1, 2, 3, 4], 'AVI LIST', pad)],
    ['MPEG layer I frame', bytes([0xff, 0xff, 0x90, 0x64], pad)],
    ['MP4 of an unknown brand (QuickTime)', bytes([0, 0, 0, 0x20], 'ftypqt  ', pad)],
    ['empty', bytes()],
    ['text', bytes('hello')],
  ])('%s is refused', (_name, buf) => {
    expect(sniffMedia(buf)).toBeNull();
  });
});

describe('byte ranges for audio seeking', () => {
  it.each([
    [null, 100, null],
    ['bytes=0-9', 100, { start: 0, end: 9 }],
    ['bytes=90-', 100, { start: 90, end: 99 }],
    ['bytes=90-500', 100, { start: 90, end: 99 }],
    ['bytes=-10', 100, { start: 90, end: 99 }],
    ['bytes=-500', 100, { start: 0, end: 99 }],
    ['bytes=100-', 100, 'unsatisfiable'],
    ['bytes=9-3', 100, 'unsatisfiable'],
    ['bytes=-0', 100, 'unsatisfiable'],
    ['bytes=0-1,5-6', 100, null],
    ['items=0-1', 100, null],
    ['bytes=-', 100, null],
  ])('%s of %i bytes', (header, size, expected) => {
    expect(byteRange(header, size)).toEqual(expected);
  });
});
