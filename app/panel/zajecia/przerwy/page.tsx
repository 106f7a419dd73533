import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { PageHeader } from '@/components/forms/page-header';
import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { addSchoolBreak, removeSchoolBreak } from '@/lib/actions/live/staff-breaks';
import { dayOffList } from '@/lib/live/panel/breaks-slots-page';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).livePanel.pageTitle(messages(locale).livePanel.breaks.title) };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export default async function SchoolBreaks() {
  const locale = await currentLocale();
  const user = await requirePermission('live:manage', `${LIVE_TEACHER_PATH}/przerwy`);
  const rows = await dayOffList(user);
  const t = messages(locale).livePanel.breaks;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t.title}
        intro={t.intro}
        back={{ href: LIVE_TEACHER_PATH, label: messages(locale).livePanel.back }}
      />
      <section className="card">
        <ActionForm action={addSchoolBreak} submit={t.add} className="space-y-3">
          <div className="grid items-end gap-3 sm:grid-cols-3">
            <Field name="name" label={t.name} />
            <Field name="from" type="date" label={t.from} />
            <Field name="to" type="date" label={t.to} />
          </div>
        </ActionForm>
      </section>
      <section className="card">
        {rows.length === 0 ? (
          <p className="muted">{t.none}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {rows.map((r) => (
              <li key={r.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span className="font-medium">{r.name}</span>
                <span className="flex flex-wrap items-center gap-4">
                  <span>
                    {day(r.from)} – {day(r.to)}
                  </span>
                  <ConfirmButton
                    action={removeSchoolBreak}
                    hidden={{ id: r.id }}
                    label={t.remove}
                    confirmText={t.removeConfirm(r.name)}
                  />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
