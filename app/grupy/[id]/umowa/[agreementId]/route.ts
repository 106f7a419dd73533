// The uploaded scan, for the group's admins and staff only.
import { agreementScan } from '@/lib/groups/agreement/agreements';
import { routeViewer } from '@/lib/groups/http';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; agreementId: string }> }) {
  const viewer = await routeViewer();
  if (!viewer) return notFound();
  const { id, agreementId } = await params;
  const scan = await agreementScan(viewer, id, agreementId);
  if (!scan) return notFound();
  return fileResponse(scan.data, scan.fileName, scan.mimeType, { inline: true });
}
