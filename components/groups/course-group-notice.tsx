import Link from 'next/link';
import { currentUser } from '@/lib/auth/session';
import { myGroupsOfCourse, seatsLeft } from '@/lib/groups/group-access';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

/**
 * On a course's page, for the company admin who bought a group package of it: where the
 * instruction and the next steps are (step 1 of the group purchase ends "go to the course").
 */
export async function CourseGroupNotice({ courseId }: { courseId: string }) {
  const locale = await currentLocale();
  const t = messages(locale).groups;
  const user = await currentUser();
  if (!user) return null;
  const own = await myGroupsOfCourse(user.id, courseId);
  if (own.length === 0) return null;
  return (
    <section
      className="card space-y-3 border-brand-100 bg-brand-50"
      aria-labelledby="pakiet-grupowy"
      data-testid="course-group-notice"
    >
      <h2 id="pakiet-grupowy" className="h2">
        {t.courseNoticeHeading}
      </h2>
      <p>{t.courseNoticeText}</p>
      <ul className="space-y-2">
        {own.map((g) => (
          <li key={g.id}>
            <Link href={`/grupy/${g.id}`} className="btn-primary">
              {t.courseNoticeLink(g.seats, seatsLeft(g))}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
