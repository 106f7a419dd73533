// A lesson video, streamed (O3): only through an address signed for the signed-in person and not
// yet expired (signed-url.ts); someone else's or a changed address is 404, an old one 403. Shown
// inline, never offered as a download, sandboxed and never sniffed; byte ranges for seeking.
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { currentTime } from '@/lib/clock/clock';
import { videoUrlKey } from '@/lib/config/env';
import { checkVideoUrl } from '@/lib/learning/streaming/signed-url';
import { streamableVideo } from '@/lib/learning/streaming/lesson-video';
import { rangeResponse } from '@/lib/learning/streaming/range-response';
import { mediaSource } from '@/lib/storage/download';
import { contentDisposition } from '@/lib/http/file-response';
import { notFound, plainText } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const locale = await currentLocale();
  const { id } = await params;
  const user = await currentUser();
  if (!user) return notFound();
  const url = new URL(req.url);
  const now = currentTime();
  const check = checkVideoUrl(id, user.id, url.searchParams.get('e'), url.searchParams.get('s'), now, videoUrlKey());
  if (check === 'forged') return notFound();
  if (check === 'expired') return plainText(messages(locale).learning.videoExpired, 403);
  const video = await streamableVideo(id, { id: user.id, staff: can(user.roles, 'panel:courses') }, now);
  if (!video) return notFound();
  // From S3 the player follows a presigned address (S3 serves the ranges itself).
  const source = await mediaSource(video.fileKey, video.fileName, video.mimeType, {
    cacheControl: 'private, no-store',
  });
  if ('redirect' in source) return source.redirect;
  return rangeResponse(req, source.bytes, {
    'Content-Type': video.mimeType,
    'Content-Disposition': contentDisposition(video.fileName, true),
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "sandbox; default-src 'none'",
  });
});
