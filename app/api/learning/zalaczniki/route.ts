// Staff upload of a lesson attachment (≤ 10 MB, stored in PostgreSQL). A route handler rather
// than a server action because server actions cap request bodies at 1 MB. A plain form posts
// here and comes back to the lesson editor with the outcome in the address.
import { currentUser } from '@/lib/auth/session';
import { appUrl } from '@/lib/config/env';
import { can } from '@/lib/auth/permissions';
import { addAttachment } from '@/lib/learning/course-editing';

export async function POST(req: Request) {
  const user = await currentUser();
  if (!user || !can(user.roles, 'panel:courses')) return new Response('Nie znaleziono', { status: 404 });
  // Session cookies are SameSite=Lax; checking the origin as well refuses any cross-site post.
  const origin = req.headers.get('origin');
  if (origin && origin !== new URL(req.url).origin && origin !== appUrl().replace(/\/$/, '')) {
    return new Response('Niedozwolone źródło żądania', { status: 403 });
  }
  const form = await req.formData();
  const courseId = String(form.get('courseId') ?? '');
  const lessonId = String(form.get('lessonId') ?? '');
  const file = form.get('file');
  const error = await addAttachment(courseId, lessonId, file instanceof File ? file : null);
  const back = new URL(
    `/panel/kursy/${encodeURIComponent(courseId)}/lekcje/${encodeURIComponent(lessonId)}`,
    appUrl() || req.url,
  );
  back.searchParams.set('zalacznik', error ?? 'ok');
  return Response.redirect(back, 303);
}
