'use client';
// The new class group form: the group, its room and booking rules, the weekly schedule; "Pokaż
// terminy" previews the generated dates (holidays and breaks skipped) without saving.
import { CheckboxField, Field, SelectField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { createGroup } from '@/lib/actions/live/staff-create-group';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

type Option = { value: string; label: string };

const DEFAULTS: Record<string, string> = {
  capacity: '12',
  minParticipants: '6',
  cancelCutoffHours: '12',
  weekday: '1',
  startTime: '17:00',
  durationMinutes: '100',
  breakMinutes: '10',
  placeKind: 'online',
  roomKind: 'BBB',
  bookingMode: 'MEMBERS',
};

export function GroupForm({ teachers, courses }: { teachers: Option[]; courses: Option[] }) {
  const locale = useLocale();
  const f = useFormAction(createGroup);
  const t = messages(locale).livePanel.form;
  const weekdays = messages(locale).livePanel.weekdays;
  const kept = f.data?.values;
  const v = (k: string) => f.value(k, kept?.[k] ?? DEFAULTS[k] ?? '');
  const fe = f.fieldErrors;
  const preview = f.data?.preview;
  return (
    <form action={f.action} className="space-y-6" noValidate>
      <FormMessage state={f.state} />
      <fieldset className="space-y-4">
        <legend className="h2">{t.basics}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="title" label={t.title} defaultValue={v('title')} error={fe.title} required />
          <Field
            name="programme"
            label={t.programme}
            hint={t.programmeHint}
            defaultValue={v('programme')}
            error={fe.programme}
            required
          />
          <SelectField
            name="teacherId"
            label={t.teacher}
            defaultValue={v('teacherId')}
            error={fe.teacherId}
            options={[{ value: '', label: t.chooseTeacher }, ...teachers]}
          />
          <SelectField
            name="courseId"
            label={t.course}
            hint={t.courseHint}
            defaultValue={v('courseId')}
            error={fe.courseId}
            options={[{ value: '', label: t.noCourse }, ...courses]}
          />
          <Field
            name="capacity"
            type="number"
            min={1}
            max={50}
            label={t.capacity}
            defaultValue={v('capacity')}
            error={fe.capacity}
          />
          <Field
            name="minParticipants"
            type="number"
            min={1}
            max={50}
            label={t.minParticipants}
            defaultValue={v('minParticipants')}
            error={fe.minParticipants}
          />
          <SelectField
            name="placeKind"
            label={t.placeKind}
            defaultValue={v('placeKind')}
            error={fe.placeKind}
            options={[
              { value: 'online', label: t.online },
              { value: 'stationary', label: t.stationary },
            ]}
          />
          <Field name="place" label={t.place} hint={t.placeHint} defaultValue={v('place')} error={fe.place} />
          <SelectField
            name="roomKind"
            label={t.roomKind}
            defaultValue={v('roomKind')}
            error={fe.roomKind}
            options={[
              { value: 'BBB', label: t.roomBbb },
              { value: 'EXTERNAL', label: t.roomExternal },
            ]}
          />
          <Field
            name="externalUrl"
            type="url"
            label={t.externalUrl}
            defaultValue={v('externalUrl')}
            error={fe.externalUrl}
          />
          <SelectField
            name="bookingMode"
            label={t.bookingMode}
            defaultValue={v('bookingMode')}
            error={fe.bookingMode}
            options={[
              { value: 'MEMBERS', label: t.modeMembers },
              { value: 'OPEN', label: t.modeOpen },
            ]}
          />
          <Field
            name="cancelCutoffHours"
            type="number"
            min={0}
            max={168}
            label={t.cutoff}
            defaultValue={v('cancelCutoffHours')}
            error={fe.cancelCutoffHours}
          />
        </div>
        <CheckboxField
          key={`records-${kept?.records ?? ''}`}
          name="records"
          label={t.records}
          defaultChecked={f.checked('records', kept?.records === 'on')}
          error={fe.records}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="h2">{t.schedule}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            name="weekday"
            label={t.weekday}
            defaultValue={v('weekday')}
            error={fe.weekday}
            options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: weekdays[d] }))}
          />
          <Field name="startTime" type="time" label={t.startTime} defaultValue={v('startTime')} error={fe.startTime} />
          <Field
            name="durationMinutes"
            type="number"
            min={1}
            label={t.duration}
            defaultValue={v('durationMinutes')}
            error={fe.durationMinutes}
          />
          <Field
            name="breakMinutes"
            type="number"
            min={0}
            label={t.breakMinutes}
            defaultValue={v('breakMinutes')}
            error={fe.breakMinutes}
          />
          <Field name="firstDay" type="date" label={t.firstDay} defaultValue={v('firstDay')} error={fe.firstDay} />
          <Field name="lastDay" type="date" label={t.lastDay} defaultValue={v('lastDay')} error={fe.lastDay} />
        </div>
      </fieldset>
      {preview && (
        <section className="card space-y-3" aria-live="polite" data-testid="schedule-preview">
          <h2 className="h2">{t.previewTitle(preview.dates.length)}</h2>
          <ol className="grid gap-1 text-sm sm:grid-cols-2">
            {preview.dates.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ol>
          <h3 className="font-semibold">{t.skippedTitle}</h3>
          {preview.skipped.length === 0 ? (
            <p className="muted">{t.noSkipped}</p>
          ) : (
            <ul className="text-sm">
              {preview.skipped.map((s) => (
                <li key={s.day}>{s.label}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="preview" className="btn-secondary" disabled={f.pending}>
          {t.preview}
        </button>
        <button type="submit" name="intent" value="save" className="btn-primary" disabled={f.pending}>
          {f.pending ? messages(locale).forms.pending : t.save}
        </button>
      </div>
    </form>
  );
}
