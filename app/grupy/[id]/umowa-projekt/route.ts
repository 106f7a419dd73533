// The draft data-processing agreement, filled with the company's invoice data.
import { agreementDraftPdf } from '@/lib/groups/agreement/agreements';
import { groupFor } from '@/lib/groups/group-access';
import { fileResponse, notFoundResponse, routeViewer } from '@/lib/groups/http';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await routeViewer();
  if (!viewer) return notFoundResponse();
  const group = await groupFor(viewer, (await params).id);
  if (!group) return notFoundResponse();
  return fileResponse(
    await agreementDraftPdf(group),
    `umowa-powierzenia-${group.orderItem.order.number.replace(/\W+/g, '-')}.pdf`,
    'application/pdf',
  );
}
