// The uploaded scan, for the group's admins and staff only.
import { agreementScan } from '@/lib/groups/agreement/agreements';
import { fileResponse, notFoundResponse, routeViewer } from '@/lib/groups/http';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; agreementId: string }> }) {
  const viewer = await routeViewer();
  if (!viewer) return notFoundResponse();
  const { id, agreementId } = await params;
  const scan = await agreementScan(viewer, id, agreementId);
  if (!scan) return notFoundResponse();
  return fileResponse(scan.data, scan.fileName, scan.mimeType, true);
}
