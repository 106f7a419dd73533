// The signed address of a lesson video (O3): valid for its person and file for a few minutes only.
import { describe, expect, it } from 'vitest';
import { checkVideoUrl, signedVideoPath, VIDEO_URL_TTL_SECONDS } from '@/lib/learning/streaming/signed-url';

const key = Buffer.from('k'.repeat(32));
const now = new Date('2026-12-02T10:00:00Z');
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

function parts(path: string) {
  const url = new URL(path, 'http://x');
  return { id: url.pathname.split('/').pop()!, e: url.searchParams.get('e'), s: url.searchParams.get('s') };
}

describe('signedVideoPath / checkVideoUrl', () => {
  const p = parts(signedVideoPath('media1', 'user1', now, key));

  it('names the stream route and the file', () => {
    expect(signedVideoPath('media1', 'user1', now, key)).toMatch(/^\/api\/learning\/wideo\/media1\?e=\d+&s=[\w-]+$/);
  });

  it.each([
    ['at once', 0, 'ok'],
    ['a second before the end', VIDEO_URL_TTL_SECONDS - 1, 'ok'],
    ['exactly at the end', VIDEO_URL_TTL_SECONDS, 'expired'],
    ['an hour later', 3600, 'expired'],
  ] as const)('its own person %s → %s', (_label, seconds, result) => {
    expect(checkVideoUrl('media1', 'user1', p.e, p.s, at(seconds), key)).toBe(result);
  });

  it('lasts a few minutes', () => {
    expect(VIDEO_URL_TTL_SECONDS).toBeGreaterThanOrEqual(60);
    expect(VIDEO_URL_TTL_SECONDS).toBeLessThanOrEqual(10 * 60);
  });

  it.each([
    ["someone else's session", 'media1', 'user2', p.e, p.s],
    ['another file', 'media2', 'user1', p.e, p.s],
    ['a later expiry written in', 'media1', 'user1', String(Number(p.e) + 3600), p.s],
    ['a changed signature', 'media1', 'user1', p.e, `${p.s!.slice(0, -1)}${p.s!.endsWith('A') ? 'B' : 'A'}`],
    ['no signature', 'media1', 'user1', p.e, null],
    ['no expiry', 'media1', 'user1', null, p.s],
    ['a non-numeric expiry', 'media1', 'user1', '1e12', p.s],
  ])('%s → forged', (_label, media, user, e, s) => {
    expect(checkVideoUrl(media, user, e, s, now, key)).toBe('forged');
  });

  it('another key never verifies', () => {
    expect(checkVideoUrl('media1', 'user1', p.e, p.s, now, Buffer.from('x'.repeat(32)))).toBe('forged');
  });
});
