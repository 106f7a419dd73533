// Participants' credentials as a printable list: signed-in admins of this group (and staff) only.
import { groupCredentials } from '@/lib/groups/accounts/credentials';
import { credentialsPdf } from '@/lib/groups/accounts/credentials-export';
import { routeViewer } from '@/lib/groups/http';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export const GET = withValidParams(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const viewer = await routeViewer();
  if (!viewer) return notFound();
  const upload = new URL(req.url).searchParams.get('lista') ?? undefined;
  const c = await groupCredentials(viewer, (await params).id, upload);
  if (!c) return notFound();
  return fileResponse(
    await credentialsPdf(c.rows, c.meta, await currentLocale()),
    'dane-logowania.pdf',
    'application/pdf',
  );
});
