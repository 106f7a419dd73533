import { reportForAdmin } from '@/lib/groups/report/final-reports';
import { finalReportPdf } from '@/lib/groups/report/report-export';
import { fileResponse, notFoundResponse, routeViewer } from '@/lib/groups/http';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; reportId: string }> }) {
  const viewer = await routeViewer();
  if (!viewer) return notFoundResponse();
  const { id, reportId } = await params;
  const r = await reportForAdmin(viewer, id, reportId);
  if (!r) return notFoundResponse();
  return fileResponse(await finalReportPdf(r.rows, r.meta), 'raport-koncowy.pdf', 'application/pdf');
}
