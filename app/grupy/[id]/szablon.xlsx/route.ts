import { groupFor } from '@/lib/groups/group-access';
import { routeViewer } from '@/lib/groups/http';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { XLSX_TYPE } from '@/lib/spreadsheets/xlsx-sheet';
import { participantTemplateXlsx } from '@/lib/groups/list/templates';
import { withValidParams } from '@/lib/http/ids';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const viewer = await routeViewer();
  if (!viewer || !(await groupFor(viewer, (await params).id))) return notFound();
  return fileResponse(await participantTemplateXlsx(), 'lista-uczestnikow.xlsx', XLSX_TYPE);
});
