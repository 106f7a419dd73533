// Staff upload of a course file (image or audio, ≤ 10 MB, typed by its bytes). A route handler,
// not a server action, because actions cap bodies at 1 MB; the plain form on the files page
// posts here and comes back with the outcome in the address.
import { addCourseMedia } from '@/lib/learning/editing/media';
import { crossSite, routeUser } from '@/lib/http/route';
import { crossSiteRefused, notFound, plainText } from '@/lib/http/responses';
import { BodyTooLarge, readForm } from '@/lib/http/form-file';
import { parseId } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/url';
import { currentLocale } from '@/lib/locale/current';

export async function POST(req: Request) {
  const locale = await currentLocale();
  if (!(await routeUser('panel:courses'))) return notFound();
  if (crossSite(req)) return crossSiteRefused();
  let form: FormData | null;
  try {
    form = await readForm(req);
  } catch (e) {
    if (e instanceof BodyTooLarge) return plainText(messages(locale).panel.courses.files.tooLarge, 413);
    throw e;
  }
  const courseId = parseId(String(form?.get('courseId') ?? ''));
  if (!form || !courseId) return notFound();
  const file = form.get('file');
  const result = await addCourseMedia(courseId, file instanceof File ? file : null);
  const back = new URL(absoluteUrl(`/panel/kursy/${courseId}/pliki`));
  back.searchParams.set('plik', 'error' in result ? result.error : 'ok');
  return Response.redirect(back, 303);
}
