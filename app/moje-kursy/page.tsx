import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import type { MyCourse } from '@/lib/learning/my-courses';
import { learnerDashboard } from '@/lib/learning/dashboard/learner-dashboard';
import { formatDate, formatLastDay } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { LearnerDashboardSection } from '@/components/learning/dashboard/learner-dashboard';
import { GroupsNotice } from '@/components/groups/groups-notice';
import { ChildExamsNotice } from '@/components/families/child-exams-notice';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).learning.myCourses };
}

export default async function MyCoursesPage() {
  const locale = await currentLocale();
  const user = await requirePermission('learning:study-own', '/moje-kursy');
  const t = messages(locale).learning;
  const dashboard = await learnerDashboard(user.id);
  const { courses } = dashboard;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="h1">{t.myCourses}</h1>
        <p className="muted">{t.myCoursesIntro}</p>
      </div>
      <GroupsNotice userId={user.id} />
      <ChildExamsNotice userId={user.id} />
      {courses.length > 0 && <LearnerDashboardSection dashboard={dashboard} />}
      {courses.length === 0 ? (
        <div className="card space-y-3">
          <p>{t.noCourses}</p>
          <Link href="/kursy" className="btn-primary">
            {t.browseCatalogue}
          </Link>
        </div>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label={t.myCourses}>
          {courses.map((c) => (
            <CourseTile key={c.slug} c={c} />
          ))}
        </ul>
      )}
    </div>
  );
}

async function CourseTile({ c }: { c: MyCourse }) {
  const locale = await currentLocale();
  const t = messages(locale).learning;
  const access =
    c.state === 'revoked'
      ? t.accessRevoked
      : c.state === 'contract'
        ? messages(locale).billing.access.tile
        : c.endsAt === null
          ? t.accessUnlimited
          : c.state === 'ended'
            ? t.accessEndedOn(formatLastDay(c.endsAt, locale))
            : t.accessUntil(formatLastDay(c.endsAt, locale));
  const active = c.state === 'active';
  return (
    <li className="card flex flex-col gap-4" data-testid="my-course">
      <div className="space-y-1">
        <h2 className="h2">
          <Link href={`/nauka/${c.slug}`} className="hover:underline" data-course-content>
            {c.title}
          </Link>
        </h2>
        <p className={`text-sm ${active ? 'text-slate-600' : 'font-medium text-red-800'}`}>{access}</p>
      </div>
      <div className="space-y-1">
        <p className="text-sm text-slate-600">
          {t.progressLabel(c.done, c.total)}
          {c.passed && (
            <span className="ml-2 rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">
              {t.passed}
            </span>
          )}
        </p>
      </div>
      <div className="mt-auto flex flex-wrap gap-3">
        {active && (
          <Link
            href={`/nauka/${c.slug}/kontynuuj`}
            className="btn-primary"
            aria-label={`${c.done > 0 ? t.continue : t.start}: ${c.title}`}
          >
            {c.done > 0 ? t.continue : t.start}
          </Link>
        )}
        {c.certificateRevokedAt && (
          <p className="text-sm font-medium text-red-800" data-testid="certificate-revoked">
            {t.certificateLifecycle.revokedBadge} ({formatDate(c.certificateRevokedAt, locale)})
          </p>
        )}
        {c.certificateNumber && (
          <a href={`/nauka/${c.slug}/zaswiadczenie`} className="btn-secondary">
            {t.downloadCertificate}
          </a>
        )}
        {!active && (
          <Link href={`/nauka/${c.slug}`} className="btn-secondary">
            {t.openCourse}
          </Link>
        )}
      </div>
    </li>
  );
}
