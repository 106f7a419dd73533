// A live class's material as a download: the class's learners, their parents, the teacher and
// staff (lib/live-maths/materials.ts); anyone else 404. Sandboxed and never sniffed.
import { currentUser } from '@/lib/auth/session';
import { storedFileResponse } from '@/lib/storage/download';
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
  // The download is a file saved, never shown (the class's PDFs, sheets and slides).
  return storedFileResponse(file.fileKey, file.fileName, file.mimeType);
});
