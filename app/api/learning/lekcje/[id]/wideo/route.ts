// Staff upload of a lesson's own video (MP4 or WebM, ≤ 50 MB, typed by its bytes). A route
// handler because server actions cap bodies at 1 MB; the plain form on the lesson editor posts
// here and comes back with the outcome in `?wideo=`.
import { attachLessonVideo, MAX_VIDEO_BYTES } from '@/lib/learning/streaming/lesson-video';
import { crossSite, routeUser } from '@/lib/http/route';
import { crossSiteRefused, notFound, plainText } from '@/lib/http/responses';
import { BodyTooLarge, readForm } from '@/lib/http/form-file';
import { parseId, withValidParams } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/url';
import { currentLocale } from '@/lib/locale/current';

export const POST = withValidParams(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const locale = await currentLocale();
  if (!(await routeUser('panel:courses'))) return notFound();
  if (crossSite(req)) return crossSiteRefused();
  const { id: lessonId } = await params;
  let form: FormData | null;
  try {
    form = await readForm(req, MAX_VIDEO_BYTES + 1024 * 1024);
  } catch (e) {
    if (e instanceof BodyTooLarge) return plainText(messages(locale).panel.courses.video.tooLarge, 413);
    throw e;
  }
  const courseId = parseId(String(form?.get('courseId') ?? ''));
  if (!form || !courseId) return notFound();
  const file = form.get('file');
  const result = await attachLessonVideo(courseId, lessonId, file instanceof File ? file : null);
  const back = new URL(absoluteUrl(`/panel/kursy/${courseId}/lekcje/${lessonId}`));
  back.searchParams.set('wideo', 'error' in result ? result.error : 'ok');
  return Response.redirect(back, 303);
});
