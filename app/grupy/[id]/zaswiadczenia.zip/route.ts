// Every certificate issued in the group, one PDF each, in one ZIP: the group's own admins only.
import { certificatesZip } from '@/lib/groups/people/downloads';
import { routeViewer } from '@/lib/groups/http';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const viewer = await routeViewer();
  if (!viewer) return notFound();
  const zip = await certificatesZip(viewer, (await params).id);
  if (!zip) return notFound();
  return fileResponse(zip, 'zaswiadczenia.zip', 'application/zip');
});
