// Upload of a student list: read and checked into a preview, never written to the list here.
import { NotFoundError, UserError, userErrorText } from '@/lib/errors';
import { BodyTooLarge, formFile } from '@/lib/http/form-file';
import { withValidParams } from '@/lib/http/ids';
import { crossSiteRefused, jsonRefusal, notFound } from '@/lib/http/responses';
import { crossSite, routeUser } from '@/lib/http/route';
import { messages } from '@/lib/i18n';
import { plannerPath } from '@/lib/licence/paths';
import { createStudentImport } from '@/lib/matura/students/student-import';
import { MAX_STUDENT_FILE_BYTES } from '@/lib/matura/students/student-file';
import { currentLocale } from '@/lib/locale/current';

export const POST = withValidParams(async (req: Request, { params }: { params: Promise<{ schoolId: string }> }) => {
  const locale = await currentLocale();
  const viewer = await routeUser('account:manage-own');
  if (!viewer) return notFound();
  if (crossSite(req)) return crossSiteRefused();
  const { schoolId } = await params;
  const t = messages(locale).plannerStudents.file;
  try {
    const file = await formFile(req, 'file', MAX_STUDENT_FILE_BYTES + 64 * 1024);
    if (!file) return jsonRefusal(t.missing, 422);
    const created = await createStudentImport(viewer, schoolId, file);
    return Response.json({ ok: true, redirect: plannerPath(schoolId, 'students', `/import/${created.id}`) });
  } catch (e) {
    if (e instanceof NotFoundError) return notFound();
    if (e instanceof BodyTooLarge) return jsonRefusal(t.bodyTooLarge, 413);
    if (e instanceof UserError) return jsonRefusal(userErrorText(e).error, 422);
    throw e;
  }
});
