// The export's ZIP: the signed-in owner only (anyone else: 404); an expired link goes to its page.
import { routeUser } from '@/lib/http/route';
import { storedFileResponse } from '@/lib/storage/download';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';
import { absoluteUrl } from '@/lib/url';
import { exportFile } from '@/lib/privacy/export/exports';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ token: string }> }) => {
  const user = await routeUser('account:manage-own');
  if (!user) return notFound();
  const { token } = await params;
  const file = await exportFile(user.id, token);
  if (!file) return notFound();
  if (file.status === 'expired') return Response.redirect(absoluteUrl(`/konto/eksport/${token}`), 303);
  return storedFileResponse(file.fileKey, file.fileName, 'application/zip');
});
