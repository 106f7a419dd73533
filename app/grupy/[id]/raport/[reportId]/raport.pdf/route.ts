import { reportForAdmin } from '@/lib/groups/report/final-reports';
import { currentLocale } from '@/lib/locale/current';
import { finalReportPdf } from '@/lib/groups/report/report-export';
import { routeViewer } from '@/lib/groups/http';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';

export const GET = withValidParams(
  async (_req: Request, { params }: { params: Promise<{ id: string; reportId: string }> }) => {
    const viewer = await routeViewer();
    if (!viewer) return notFound();
    const { id, reportId } = await params;
    const locale = await currentLocale();
    const r = await reportForAdmin(viewer, id, reportId, locale);
    if (!r) return notFound();
    return fileResponse(
      await finalReportPdf(r.rows, r.meta, r.dashboard, locale),
      'raport-koncowy.pdf',
      'application/pdf',
    );
  },
);
