// Staff upload of a lesson attachment (≤ 10 MB, stored in PostgreSQL). A route handler rather
// than a server action because server actions cap request bodies at 1 MB. A plain form posts
// here and comes back to the lesson editor with the outcome in the address.
import { addAttachment } from '@/lib/learning/editing/course-editing';
import { crossSite, routeUser } from '@/lib/http/route';
import { crossSiteRefused, notFound } from '@/lib/http/responses';
import { absoluteUrl } from '@/lib/url';

export async function POST(req: Request) {
  if (!(await routeUser('panel:courses'))) return notFound();
  if (crossSite(req)) return crossSiteRefused();
  const form = await req.formData();
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
