// Upload of one class's material by its teacher or live staff (≤ 10 MB), same-site only; answers
// JSON for the upload form, which then refreshes the session page.
import { crossSite, routeUser } from '@/lib/http/route';
import { BodyTooLarge, formFile } from '@/lib/http/form-file';
import { crossSiteRefused, jsonRefusal, notFound } from '@/lib/http/responses';
import { NotFoundError, UserError, userErrorText } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { addMaterial, MATERIAL_MAX_BYTES } from '@/lib/live-maths/materials';
import { currentLocale } from '@/lib/locale/current';

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = await params;
  const user = await routeUser('live:teach');
  if (!user) return notFound();
  if (crossSite(req)) return crossSiteRefused();
  const t = messages(locale).liveMaths.materials;
  try {
    const file = await formFile(req, 'file', MATERIAL_MAX_BYTES + 64 * 1024);
    if (!file) return jsonRefusal(t.fileMissing, 422);
    await addMaterial(user, id, file);
    return Response.json({ ok: true, message: t.added });
  } catch (e) {
    if (e instanceof BodyTooLarge) return jsonRefusal(t.tooBig, 413);
    if (e instanceof NotFoundError) return notFound();
    if (e instanceof UserError) return jsonRefusal(userErrorText(e).error, 422);
    throw e;
  }
}
