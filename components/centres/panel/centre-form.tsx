'use client';
// A centre or partner school: address, contact, and its Akcja Kontynuacja terms and window.
import { CheckboxField, Field, SelectField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveCentreAction } from '@/lib/actions/centres/panel/catalogue';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export type CentreValues = Record<string, string>;

export function CentreForm({ values }: { values: CentreValues }) {
  const locale = useLocale();
  const f = useFormAction(saveCentreAction);
  const m = messages(locale).centresPanel;
  const t = m.form;
  const v = (k: string) => f.value(k, values[k] ?? '');
  const text = (name: string, label: string, extra: { hint?: string; type?: string } = {}) => (
    <Field name={name} label={label} defaultValue={v(name)} error={f.error(name)} {...extra} />
  );
  return (
    <form action={f.action} className="space-y-6" noValidate>
      <FormMessage state={f.state} />
      {values.id && <input type="hidden" name="id" value={values.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        {text('name', t.name)}
        <SelectField
          name="kind"
          label={t.kind}
          defaultValue={v('kind') || 'CENTRE'}
          error={f.error('kind')}
          options={['CENTRE', 'PARTNER_SCHOOL'].map((k) => ({ value: k, label: m.kinds[k] }))}
        />
        {text('street', t.street)}
        {text('postalCode', t.postalCode)}
        {text('city', t.city)}
        {text('phone', t.phone, { type: 'tel' })}
        {text('email', t.email, { type: 'email' })}
      </div>
      <fieldset className="space-y-4">
        <legend className="h2">{t.continuation}</legend>
        <p className="muted text-sm">{t.windowHint}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="continuationKind"
            label={t.continuationKind}
            defaultValue={v('continuationKind') || 'PERCENT'}
            error={f.error('continuationKind')}
            options={[
              { value: 'PERCENT', label: t.kindPercent },
              { value: 'AMOUNT', label: t.kindAmount },
            ]}
          />
          {text('continuationValue', t.continuationValue, { hint: t.continuationValueHint })}
          {text('continuationFrom', t.continuationFrom, { type: 'date' })}
          {text('continuationTo', t.continuationTo, { type: 'date' })}
        </div>
      </fieldset>
      <CheckboxField
        key={`active-${f.failed}`}
        name="active"
        label={t.active}
        defaultChecked={f.checked('active', values.active !== 'off')}
      />
      <SubmitButton className="btn-primary">{t.save}</SubmitButton>
    </form>
  );
}
