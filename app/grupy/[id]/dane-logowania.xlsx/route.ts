// Participants' credentials: signed-in admins of this group (and staff) only.
import { groupCredentials } from '@/lib/groups/accounts/credentials';
import { credentialsXlsx } from '@/lib/groups/accounts/credentials-export';
import { routeViewer } from '@/lib/groups/http';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { XLSX_TYPE } from '@/lib/spreadsheets/xlsx-sheet';
import { withValidParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export const GET = withValidParams(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const viewer = await routeViewer();
  if (!viewer) return notFound();
  const upload = new URL(req.url).searchParams.get('lista') ?? undefined;
  const c = await groupCredentials(viewer, (await params).id, upload);
  if (!c) return notFound();
  return fileResponse(await credentialsXlsx(c.rows, c.meta, await currentLocale()), 'dane-logowania.xlsx', XLSX_TYPE);
});
