// The school's draft data-processing agreement in English: a courtesy translation, not signed and
// not binding (the Polish draft next door is the one the director signs).
import { schoolAgreementCourtesyPdf } from '@/lib/licence/dpa';
import { NotFoundError, UserError, userErrorText } from '@/lib/errors';
import { routeUser } from '@/lib/http/route';
import { fileResponse } from '@/lib/http/file-response';
import { notFound, plainText } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ schoolId: string }> }) => {
  const user = await routeUser('account:manage-own');
  if (!user) return notFound();
  try {
    const { fileName, pdf } = await schoolAgreementCourtesyPdf(user, (await params).schoolId);
    return fileResponse(pdf, fileName, 'application/pdf');
  } catch (e) {
    if (e instanceof NotFoundError) return notFound();
    if (e instanceof UserError) return plainText(userErrorText(e).error, 422);
    throw e;
  }
});
