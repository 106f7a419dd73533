'use client';
// A programme: its name, subject (the finder's filter) and the children's ages.
import { CheckboxField, Field, SelectField, TextAreaField } from '@/components/forms/field';
import { CENTRE_SUBJECTS } from '@/lib/centres/catalogue/subjects';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveProgrammeAction } from '@/lib/actions/centres/panel/catalogue';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function ProgrammeForm({ values }: { values: Record<string, string> }) {
  const locale = useLocale();
  const f = useFormAction(saveProgrammeAction);
  const t = messages(locale).centresPanel.form;
  const v = (k: string) => f.value(k, values[k] ?? '');
  return (
    <form action={f.action} className="space-y-4" noValidate>
      <FormMessage state={f.state} />
      {values.id && <input type="hidden" name="id" value={values.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="name" label={t.name} defaultValue={v('name')} error={f.error('name')} />
        <SelectField
          name="subject"
          label={t.subject}
          hint={t.subjectHint}
          defaultValue={v('subject') || CENTRE_SUBJECTS[0]}
          error={f.error('subject')}
          options={CENTRE_SUBJECTS.map((s) => ({ value: s, label: messages(locale).centresEnrol.subjects[s] ?? s }))}
        />
        <Field
          name="minAge"
          type="number"
          min={3}
          max={19}
          label={t.minAge}
          defaultValue={v('minAge')}
          error={f.error('minAge')}
        />
        <Field
          name="maxAge"
          type="number"
          min={3}
          max={19}
          label={t.maxAge}
          defaultValue={v('maxAge')}
          error={f.error('maxAge')}
        />
      </div>
      <TextAreaField
        name="description"
        label={t.description}
        rows={3}
        defaultValue={v('description')}
        error={f.error('description')}
      />
      <CheckboxField
        key={`active-${f.failed}`}
        name="active"
        label={t.activeProgramme}
        defaultChecked={f.checked('active', values.active !== 'off')}
      />
      <SubmitButton className="btn-primary">{t.save}</SubmitButton>
    </form>
  );
}
