import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { pageParams } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';
import { plannerContext } from '@/lib/licence/planner-page';
import { plannerPath } from '@/lib/licence/paths';
import { teachersPage } from '@/lib/matura/teams/pages';
import { PlannerFrame } from '@/components/licence/planner-frame';
import { TeachersList } from '@/components/matura-teams/teachers-list';
import { TeacherForm } from '@/components/matura-teams/teacher-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).plannerTeams.teachers.title };
}
export const dynamic = 'force-dynamic';

// The school's teachers for its supervising and oral teams (issue 23, Z1, Z4, Z5).
export default async function PlannerTeachersPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const locale = await currentLocale();
  const { schoolId } = pageParams(await params);
  const user = await requireUser(plannerPath(schoolId, 'teachers'));
  const ctx = await plannerContext(user, schoolId);
  if (!ctx) notFound();
  const t = messages(locale).plannerTeams.teachers;
  const page = ctx.access.level === 'blocked' ? null : await teachersPage(user, schoolId);
  return (
    <PlannerFrame access={ctx.access} schoolName={ctx.schoolName} current="teachers" title={t.title}>
      {page && (
        <div className="space-y-6">
          <p className="muted">{t.intro}</p>
          <TeachersList schoolId={schoolId} page={page} />
          {page.canWork && (
            <section className="card space-y-3" aria-labelledby="add-teacher">
              <h2 id="add-teacher" className="h2">
                {t.addHeading}
              </h2>
              <TeacherForm schoolId={schoolId} subjects={page.subjects} staff={page.staff} />
            </section>
          )}
        </div>
      )}
    </PlannerFrame>
  );
}
