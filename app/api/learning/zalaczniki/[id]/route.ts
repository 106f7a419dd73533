// Lesson attachments, streamed from the database to enrolled learners with active access
// (and to staff, who preview lessons in the editor). Everyone else gets 404.
import { currentUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { attachmentFor } from '@/lib/learning/attachments';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) return new Response('Nie znaleziono', { status: 404 });
  const file = await attachmentFor(id, { userId: user.id, staff: can(user.roles, 'panel:courses') });
  if (!file) return new Response('Nie znaleziono', { status: 404 });
  return new Response(new Uint8Array(file.data), {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(file.size),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Cache-Control': 'private, max-age=300',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
