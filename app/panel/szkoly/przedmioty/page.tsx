import type { Metadata } from 'next';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { subjectListsPanel } from '@/lib/matura/subject-list-admin';
import { PANEL_SCHOOLS_PATH, PANEL_SUBJECTS_PATH, panelSubjectListJsonPath } from '@/lib/licence/paths';
import { resetSubjectListAction } from '@/lib/actions/licence/subject-list';
import { PageHeader } from '@/components/forms/page-header';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { SubjectListTable } from '@/components/licence/subject-list-table';
import { SubjectListForm } from '@/components/licence/subject-list-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).plannerSubjects.title };
}
export const dynamic = 'force-dynamic';

// Each exam year's list of matura subjects and levels (issue 23): reading is panel:schools,
// saving and resetting schools:manage.
export default async function PanelSubjectsPage() {
  const locale = await currentLocale();
  const user = await requirePermission('panel:schools', PANEL_SUBJECTS_PATH);
  const cards = await subjectListsPanel(undefined, locale);
  const canManage = can(user.roles, 'schools:manage');
  const t = messages(locale).plannerSubjects;
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro} back={{ href: PANEL_SCHOOLS_PATH, label: t.back }} />
      {cards.map((c) => (
        <section
          key={c.examYear}
          className="card space-y-4"
          aria-labelledby={`year-${c.examYear}`}
          data-testid={`subject-list-${c.examYear}`}
        >
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id={`year-${c.examYear}`} className="h2">
              {t.yearTitle(c.examYear)}
            </h2>
            {c.origin !== 'none' && (
              <a href={panelSubjectListJsonPath(c.examYear)} className="btn-secondary" download>
                {t.download}
              </a>
            )}
          </div>
          <p className="text-sm">{c.originText}</p>
          {c.source && <p className="muted text-sm">{t.source(c.source)}</p>}
          {c.rows.length > 0 && <SubjectListTable examYear={c.examYear} rows={c.rows} />}
          {canManage && (
            <>
              <SubjectListForm examYear={c.examYear} json={c.json} />
              {c.origin === 'stored' && c.hasBuiltIn && (
                <ConfirmButton
                  action={resetSubjectListAction}
                  hidden={{ examYear: String(c.examYear) }}
                  label={t.edit.reset}
                  confirmText={t.edit.resetConfirm(c.examYear)}
                />
              )}
            </>
          )}
        </section>
      ))}
    </div>
  );
}
