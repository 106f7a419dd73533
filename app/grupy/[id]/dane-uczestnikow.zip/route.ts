// The participants' data returned to the company as controller (the agreement's § 8 ust. 2):
// uczestnicy.json and the progress XLSX in one ZIP, for the group's admins and staff; audited.
import { currentTime } from '@/lib/clock/clock';
import { participantsDataZip } from '@/lib/groups/people/controller';
import { routeViewer } from '@/lib/groups/http';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { warsawDateKey } from '@/lib/format/time';
import { withValidParams } from '@/lib/http/ids';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const viewer = await routeViewer();
  if (!viewer) return notFound();
  const now = currentTime();
  const zip = await participantsDataZip(viewer, (await params).id, now);
  if (!zip) return notFound();
  return fileResponse(zip, `dane-uczestnikow-${warsawDateKey(now)}.zip`, 'application/zip');
});
