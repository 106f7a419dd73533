// Upload of the signed agreement scan (≤ 10 MB; PDF, JPG or PNG judged by its bytes).
import { submitAgreement } from '@/lib/groups/agreement/agreements';
import { groupUploadRoute } from '@/lib/groups/http';
import { messages } from '@/lib/i18n';
import { withValidParams } from '@/lib/http/ids';

const t = messages().groups;

export const POST = withValidParams(
  groupUploadRoute(t.scanTooLarge, async (viewer, id, file) =>
    (await submitAgreement(viewer, id, file)) ? { message: t.agreementSubmitted } : null,
  ),
);
