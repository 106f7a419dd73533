// Course files for lessons and questions: staff, or people with active access to the course;
// everyone else 404. Sandboxed and never sniffed, so no stored file can act as a page; single
// byte ranges are served because audio players seek with them.
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { mediaForViewer } from '@/lib/learning/editing/media';
import { byteRange } from '@/lib/learning/editing/media-range';
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
  const size = file.data.byteLength;
  const headers: Record<string, string> = {
    'Content-Type': file.mimeType,
    'Content-Disposition': contentDisposition(file.fileName, true),
    'Cache-Control': 'private, max-age=300',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "sandbox; default-src 'none'",
    'Accept-Ranges': 'bytes',
  };
  const range = byteRange(req.headers.get('range'), size);
  if (range === 'unsatisfiable')
    return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
  if (range === null)
    return new Response(new Uint8Array(file.data), { headers: { ...headers, 'Content-Length': String(size) } });
  const part = new Uint8Array(file.data.subarray(range.start, range.end + 1));
  return new Response(part, {
    status: 206,
    headers: {
      ...headers,
      'Content-Length': String(part.byteLength),
      'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
    },
  });
});
