import { notFound, redirect } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { courseAccess, opensWithInstruction } from '@/lib/learning/access';
import { courseOutline, resumeLessonId } from '@/lib/learning/outline';
import { pageParams } from '@/lib/http/ids';

export const dynamic = 'force-dynamic';

/** "Kontynuuj": the last lesson opened; a group course's first visit shows its instruction first. */
export default async function ResumePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = pageParams(await params);
  const user = await requirePermission('learning:study-own', `/nauka/${slug}/kontynuuj`);
  const access = await courseAccess(user.id, slug);
  if (access.kind === 'no-course') notFound();
  if (access.kind !== 'active') redirect(`/nauka/${slug}`);
  const { course, enrolment } = access;
  if (!enrolment.lastLessonId && opensWithInstruction(course, enrolment)) redirect(`/nauka/${slug}/instrukcja`);
  const lessonId = resumeLessonId(await courseOutline(course.id, enrolment.id), enrolment.lastLessonId);
  redirect(lessonId ? `/nauka/${slug}/lekcje/${lessonId}` : `/nauka/${slug}`);
}
