// Course files for lessons and questions: staff, or people with active access to the course;
// everyone else 404. Sandboxed and never sniffed, so no stored file can act as a page; single
// byte ranges are served because audio players seek with them.
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { mediaForViewer } from '@/lib/learning/editing/media';
import { rangeResponse } from '@/lib/learning/streaming/range-response';
import { mediaSource } from '@/lib/storage/download';
import { contentDisposition } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const user = await currentUser();
  if (!user) return notFound();
  const file = await mediaForViewer(id, { userId: user.id, staff: can(user.roles, 'panel:courses') });
  if (!file) return notFound();
  // From S3 the player follows a presigned address (S3 serves the ranges itself).
  const source = await mediaSource(file.fileKey, file.fileName, file.mimeType, {
    cacheControl: 'private, max-age=300',
  });
  if ('redirect' in source) return source.redirect;
  return rangeResponse(req, source.bytes, {
    'Content-Type': file.mimeType,
    'Content-Disposition': contentDisposition(file.fileName, true),
    'Cache-Control': 'private, max-age=300',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "sandbox; default-src 'none'",
  });
});
