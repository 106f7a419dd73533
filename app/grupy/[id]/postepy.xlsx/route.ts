// Participants' progress at any moment of the two months, for the group's own admins.
import { currentTime } from '@/lib/clock/clock';
import { progressFile } from '@/lib/groups/people/downloads';
import { progressFileName } from '@/lib/groups/people/progress-export';
import { routeViewer } from '@/lib/groups/http';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { XLSX_TYPE } from '@/lib/spreadsheets/xlsx-sheet';
import { withValidParams } from '@/lib/http/ids';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const viewer = await routeViewer();
  if (!viewer) return notFound();
  const now = currentTime();
  const file = await progressFile(viewer, (await params).id, now);
  if (!file) return notFound();
  return fileResponse(file, progressFileName(now), XLSX_TYPE);
});
