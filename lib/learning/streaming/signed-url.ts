// Lesson videos are streamed only (matplaneta On-Line §5.3, §8.9g / O3): the player gets an
// address that names the file, the person and a moment a few minutes ahead, signed with HMAC.
// Someone else's address, a changed one or an old one plays nothing. Pure: takes `now` and the key.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long an address plays: long enough to start and seek, short enough to be useless shared. */
export const VIDEO_URL_TTL_SECONDS = 5 * 60;

export type VideoGrant = { mediaId: string; userId: string; expires: number /* unix seconds */ };

const payload = (g: VideoGrant) => `video:${g.mediaId}:${g.userId}:${g.expires}`;

export function videoSignature(g: VideoGrant, key: Buffer): string {
  return createHmac('sha256', key).update(payload(g)).digest('base64url');
}

/** The stream's address for `userId`, valid until now + TTL. */
export function signedVideoPath(mediaId: string, userId: string, now: Date, key: Buffer): string {
  const expires = Math.floor(now.getTime() / 1000) + VIDEO_URL_TTL_SECONDS;
  const sig = videoSignature({ mediaId, userId, expires }, key);
  return `/api/learning/wideo/${mediaId}?e=${expires}&s=${sig}`;
}

export type VideoUrlCheck = 'ok' | 'expired' | 'forged';

/**
 * Whether the address (its `e` and `s`) was signed for this file and this person: 'forged' for
 * another person's or a changed address, 'expired' for a genuine one past its time.
 */
export function checkVideoUrl(
  mediaId: string,
  userId: string,
  expiresParam: string | null,
  sigParam: string | null,
  now: Date,
  key: Buffer,
): VideoUrlCheck {
  if (!expiresParam || !sigParam || !/^\d{1,12}$/.test(expiresParam)) return 'forged';
  const expires = Number(expiresParam);
  const want = Buffer.from(videoSignature({ mediaId, userId, expires }, key));
  const got = Buffer.from(sigParam);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return 'forged';
  return now.getTime() >= expires * 1000 ? 'expired' : 'ok';
}
