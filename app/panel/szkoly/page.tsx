import type { Metadata } from 'next';
import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { schoolsPanel } from '@/lib/licence/panel';
import { PANEL_SCHOOLS_PATH, PANEL_SUBJECTS_PATH, PANEL_TIMETABLE_PATH } from '@/lib/licence/paths';
import { PageHeader } from '@/components/forms/page-header';
import { SchoolsTable } from '@/components/licence/schools-table';
import { ToPostTable } from '@/components/licence/to-post-table';
import { TerminationTable } from '@/components/licence/termination-table';
import { terminableLicences } from '@/lib/licence/lifecycle/termination';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).licence.panel.title };
}
export const dynamic = 'force-dynamic';

// Schools and their licences (issue 23): reading is panel:schools, discounts and posting schools:manage.
export default async function PanelSchoolsPage() {
  const locale = await currentLocale();
  const user = await requirePermission('panel:schools', PANEL_SCHOOLS_PATH);
  const { schools, toPost } = await schoolsPanel(undefined, locale);
  const terminable = await terminableLicences(undefined, locale);
  const canManage = can(user.roles, 'schools:manage');
  const t = messages(locale).licence.panel;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t.title}
        intro={`${t.intro} ${t.schools(schools.length)}.`}
        actions={
          <>
            <Link href={PANEL_TIMETABLE_PATH} className="btn-secondary">
              {messages(locale).plannerTeams.timetable.link}
            </Link>
            <Link href={PANEL_SUBJECTS_PATH} className="btn-secondary">
              {messages(locale).plannerSubjects.link}
            </Link>
          </>
        }
      />
      <SchoolsTable schools={schools} canManage={canManage} />
      <section className="space-y-3" aria-labelledby="to-post">
        <h2 id="to-post" className="h2">
          {t.toPost}
        </h2>
        <p className="muted text-sm">{t.toPostIntro}</p>
        <ToPostTable rows={toPost} canManage={canManage} />
      </section>
      <section className="space-y-3" aria-labelledby="termination">
        <h2 id="termination" className="h2">
          {messages(locale).plannerLifecycle.termination.title}
        </h2>
        <p className="muted text-sm">{messages(locale).plannerLifecycle.termination.intro}</p>
        <TerminationTable rows={terminable} canTerminate={can(user.roles, 'contracts:manage')} />
      </section>
    </div>
  );
}
