// The school's uploaded agreement scan, for its staff only (another school's → 404).
import { schoolAgreementScan } from '@/lib/licence/dpa';
import { NotFoundError, UserError } from '@/lib/errors';
import { routeUser } from '@/lib/http/route';
import { storedFileResponse } from '@/lib/storage/download';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';

export const GET = withValidParams(
  async (_req: Request, { params }: { params: Promise<{ schoolId: string; agreementId: string }> }) => {
    const user = await routeUser('account:manage-own');
    if (!user) return notFound();
    const { schoolId, agreementId } = await params;
    try {
      const scan = await schoolAgreementScan(user, schoolId, agreementId);
      return await storedFileResponse(scan.fileKey, scan.fileName, scan.mimeType, { inline: true });
    } catch (e) {
      if (e instanceof NotFoundError || e instanceof UserError) return notFound();
      throw e;
    }
  },
);
