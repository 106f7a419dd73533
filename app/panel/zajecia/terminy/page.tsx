import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { PageHeader } from '@/components/forms/page-header';
import { ActionForm } from '@/components/forms/action-form';
import { Field, SelectField } from '@/components/forms/field';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { publishTeacherSlots, removeTeacherSlot } from '@/lib/actions/live/teacher-slots';
import { mySlots } from '@/lib/live/panel/breaks-slots-page';
import { formatDateTime } from '@/lib/format/time';
import { currentTime } from '@/lib/clock/clock';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).livePanel.pageTitle(messages(locale).livePanel.slots.title) };
}

export default async function TeacherSlots() {
  const locale = await currentLocale();
  const user = await requirePermission('live:teach', `${LIVE_TEACHER_PATH}/terminy`);
  const { slots, courses } = await mySlots(user);
  const now = currentTime();
  const m = messages(locale).livePanel;
  const t = m.slots;
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro} back={{ href: LIVE_TEACHER_PATH, label: m.back }} />
      <section className="card">
        <ActionForm action={publishTeacherSlots} submit={t.publish} className="space-y-3">
          <div className="grid items-end gap-3 sm:grid-cols-3">
            <SelectField
              name="courseId"
              label={t.course}
              options={[{ value: '', label: m.form.noCourse }, ...courses]}
            />
            <Field name="day" type="date" label={t.day} />
            <Field name="time" type="time" label={t.time} defaultValue="16:00" />
            <Field name="minutes" type="number" min={5} max={240} label={t.minutes} defaultValue="15" />
            <Field name="count" type="number" min={1} max={40} label={t.count} defaultValue="4" />
          </div>
        </ActionForm>
      </section>
      <section className="card space-y-3">
        <h2 className="h2">{t.upcoming}</h2>
        {slots.length === 0 ? (
          <p className="muted">{t.none}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {slots.map((s) => (
              <li key={s.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>
                  {formatDateTime(s.startsAt, locale)} · {s.course?.title}
                </span>
                <span className="flex flex-wrap items-center gap-4">
                  <span className="muted text-sm">{s.taken > 0 ? t.taken : t.free}</span>
                  {s.taken === 0 && s.status === 'SCHEDULED' && s.startsAt > now && (
                    <ConfirmButton
                      action={removeTeacherSlot}
                      hidden={{ sessionId: s.id }}
                      label={t.remove}
                      confirmText={t.removeConfirm(formatDateTime(s.startsAt, locale))}
                    />
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
