// Staff upload of a lesson attachment (≤ 10 MB, stored in PostgreSQL). A route handler rather
// than a server action because server actions cap request bodies at 1 MB. A plain form posts
// here and comes back to the lesson editor with the outcome in the address.
import { addAttachment } from '@/lib/learning/editing/course-editing';
import { crossSite, routeUser } from '@/lib/http/route';
import { crossSiteRefused, notFound, plainText } from '@/lib/http/responses';
import { BodyTooLarge, readForm } from '@/lib/http/form-file';
import { messages } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/url';
import { currentLocale } from '@/lib/locale/current';

export async function POST(req: Request) {
  const locale = await currentLocale();
  if (!(await routeUser('panel:courses'))) return notFound();
  if (crossSite(req)) return crossSiteRefused();
  // Counted while read: a body past the cap is refused before it is buffered (a file just over
  // 10 MB still arrives whole and gets the editor's own message).
  let form: FormData | null;
  try {
    form = await readForm(req);
  } catch (e) {
    if (e instanceof BodyTooLarge) return plainText(messages(locale).panel.courses.upload.tooLarge, 413);
    throw e;
  }
  if (!form) return notFound();
  const courseId = String(form.get('courseId') ?? '');
  const lessonId = String(form.get('lessonId') ?? '');
  const file = form.get('file');
  const error = await addAttachment(courseId, lessonId, file instanceof File ? file : null);
  const back = new URL(
    absoluteUrl(`/panel/kursy/${encodeURIComponent(courseId)}/lekcje/${encodeURIComponent(lessonId)}`),
  );
  back.searchParams.set('zalacznik', error ?? 'ok');
  return Response.redirect(back, 303);
}
