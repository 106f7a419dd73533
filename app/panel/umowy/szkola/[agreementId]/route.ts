// A school's agreement scan (the planner, A17), opened by staff reviewing it in the queue.
import { schoolAgreementScanForStaff } from '@/lib/licence/dpa';
import { routeUser } from '@/lib/http/route';
import { storedFileResponse } from '@/lib/storage/download';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ agreementId: string }> }) => {
  if (!(await routeUser('panel:agreements'))) return notFound();
  const scan = await schoolAgreementScanForStaff((await params).agreementId);
  if (!scan?.fileKey) return notFound();
  return storedFileResponse(scan.fileKey, scan.fileName, scan.mimeType, { inline: true });
});
