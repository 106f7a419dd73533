// Lesson attachments, streamed from the store (or a presigned S3 address) to enrolled learners with active access
// (and to staff, who preview lessons in the editor). Everyone else gets 404.
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { attachmentFor } from '@/lib/learning/attachments';
import { storedFileResponse } from '@/lib/storage/download';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const user = await currentUser();
  if (!user) return notFound();
  const file = await attachmentFor(id, { userId: user.id, staff: can(user.roles, 'panel:courses') });
  if (!file) return notFound();
  return storedFileResponse(file.fileKey, file.fileName, file.mimeType, {
    size: file.size,
    cacheControl: 'private, max-age=300',
  });
});
