// Upload of the school's signed agreement scan (≤ 10 MB; PDF, JPG or PNG judged by its bytes), by
// its director; answers JSON for the upload form (lib/groups/http's shape).
import { submitSchoolAgreement } from '@/lib/licence/dpa';
import { messages } from '@/lib/i18n';
import { NotFoundError, UserError, userErrorText } from '@/lib/errors';
import { BodyTooLarge, formFile } from '@/lib/http/form-file';
import { crossSite, routeUser } from '@/lib/http/route';
import { crossSiteRefused, jsonRefusal, notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export const POST = withValidParams(async (req: Request, { params }: { params: Promise<{ schoolId: string }> }) => {
  const locale = await currentLocale();
  const user = await routeUser('account:manage-own');
  if (!user) return notFound();
  if (crossSite(req)) return crossSiteRefused();
  try {
    await submitSchoolAgreement(user, (await params).schoolId, await formFile(req, 'file'));
    return Response.json({ ok: true, message: messages(locale).plannerSchool.dpa.submitted });
  } catch (e) {
    if (e instanceof NotFoundError) return notFound();
    if (e instanceof BodyTooLarge) return jsonRefusal(messages(locale).groups.scanTooLarge, 413);
    if (e instanceof UserError) return jsonRefusal(userErrorText(e).error, 422);
    throw e;
  }
});
