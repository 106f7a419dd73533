import { groupFor } from '@/lib/groups/group-access';
import { fileResponse, notFoundResponse, routeViewer, XLSX_TYPE } from '@/lib/groups/http';
import { participantTemplateXlsx } from '@/lib/groups/list/templates';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await routeViewer();
  if (!viewer || !(await groupFor(viewer, (await params).id))) return notFoundResponse();
  return fileResponse(await participantTemplateXlsx(), 'lista-uczestnikow.xlsx', XLSX_TYPE);
}
