// A live class's material as a download: the class's learners, their parents, the teacher and
// staff (lib/live-maths/materials.ts); anyone else 404. Sandboxed and never sniffed.
import { currentUser } from '@/lib/auth/session';
import { contentDisposition } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';
import { materialForViewer } from '@/lib/live-maths/materials';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const user = await currentUser();
  if (!user) return notFound();
  const file = await materialForViewer(user, id);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.data), {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Disposition': contentDisposition(file.fileName),
      'Content-Length': String(file.data.byteLength),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
    },
  });
});
