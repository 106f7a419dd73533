'use client';
import { Field, SelectField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveRate } from '@/lib/actions/families/staff';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

/** Staff enter a rate; a wrong one keeps what was typed and says why beside the field. */
export function RateForm({ today }: { today: string }) {
  const locale = useLocale();
  const f = useFormAction(saveRate);
  const t = messages(locale).panel.families.rateForm;
  return (
    <form action={f.action} noValidate className="space-y-3">
      <FormMessage state={f.state} />
      <div className="grid items-start gap-3 sm:grid-cols-3">
        <SelectField
          key={f.value('currency', '')}
          id="rate-currency"
          name="currency"
          label={t.currency}
          defaultValue={f.value('currency', 'EUR')}
          error={f.error('currency')}
        >
          <option>EUR</option>
          <option>GBP</option>
          <option>USD</option>
        </SelectField>
        <Field
          key={`d${f.value('effectiveOn', '')}`}
          id="rate-date"
          name="effectiveOn"
          type="date"
          label={t.effectiveOn}
          defaultValue={f.value('effectiveOn', today)}
          error={f.error('effectiveOn')}
        />
        <Field
          key={`r${f.value('rate', '')}`}
          id="rate-value"
          name="rate"
          label={t.rate}
          inputMode="decimal"
          placeholder={t.ratePlaceholder}
          defaultValue={f.value('rate')}
          error={f.error('rate')}
        />
      </div>
      <SubmitButton className="btn-primary">{t.save}</SubmitButton>
    </form>
  );
}
