// The agreement's file, for the group's admins and staff only: the uploaded scan, or the
// electronically accepted agreement drawn with its acceptance record (and countersignature).
import { agreementScan } from '@/lib/groups/agreement/agreements';
import { acceptedAgreementPdf } from '@/lib/groups/agreement/electronic';
import { routeViewer } from '@/lib/groups/http';
import { fileResponse } from '@/lib/http/file-response';
import { storedFileResponse } from '@/lib/storage/download';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';

export const GET = withValidParams(
  async (_req: Request, { params }: { params: Promise<{ id: string; agreementId: string }> }) => {
    const viewer = await routeViewer();
    if (!viewer) return notFound();
    const { id, agreementId } = await params;
    const accepted = await acceptedAgreementPdf(viewer, id, agreementId);
    if (accepted) return fileResponse(accepted.pdf, accepted.fileName, 'application/pdf', { inline: true });
    const scan = await agreementScan(viewer, id, agreementId);
    if (!scan?.fileKey) return notFound();
    return storedFileResponse(scan.fileKey, scan.fileName, scan.mimeType, { inline: true });
  },
);
