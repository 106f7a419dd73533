// The draft data-processing agreement's English courtesy translation (not signed, not binding).
import { agreementCourtesyPdf } from '@/lib/groups/agreement/agreements';
import { groupFor } from '@/lib/groups/group-access';
import { routeViewer } from '@/lib/groups/http';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const viewer = await routeViewer();
  if (!viewer) return notFound();
  const group = await groupFor(viewer, (await params).id);
  if (!group) return notFound();
  return fileResponse(
    await agreementCourtesyPdf(group),
    `data-processing-agreement-courtesy-translation-${group.orderItem.order.number.replace(/\W+/g, '-')}.pdf`,
    'application/pdf',
  );
});
