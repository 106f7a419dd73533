// Lesson videos are typed by their first bytes: MP4 and WebM pass, anything else (audio MP4 brands
// included, or a renamed file) is refused.
import { describe, expect, it } from 'vitest';
import { sniffVideo } from '@/lib/learning/streaming/sniff-video';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniffVideo', () => {
  it.each([
    ['an MP4 (isom)', bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0]), 'video/mp4'],
    ['an MP4 (mp42)', bytes([0, 0, 0, 0x18], 'ftypmp42'), 'video/mp4'],
    ['an MP4 (avc1)', bytes([0, 0, 0, 0x18], 'ftypavc1'), 'video/mp4'],
    ['a WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], 'webm'), 'video/webm'],
  ])('%s → %s', (_label, buf, type) => {
    expect(sniffVideo(buf)?.mimeType).toBe(type);
  });

  it.each([
    ['an M4A (audio brand)', bytes([0, 0, 0, 0x20], 'ftypM4A ')],
    ['a Matroska that is not WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], 'matroska')],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['HTML', bytes('<html><script>alert(1)</script>')],
    ['nothing', new Uint8Array()],
  ])('%s → refused', (_label, buf) => {
    expect(sniffVideo(buf)).toBeNull();
  });
});
