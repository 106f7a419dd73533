'use client';
import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { saveRate } from '@/lib/actions/families/staff';

/** Staff enter a rate; a wrong one keeps what was typed and says why beside the field. */
export function RateForm({ today }: { today: string }) {
  const [state, action] = useActionState(saveRate, null);
  const v = state && !state.ok ? (state.values ?? {}) : {};
  const fe = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} noValidate className="space-y-3">
      <FormMessage state={state} />
      <div className="grid items-start gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor="rate-currency" className="label">
            Waluta
          </label>
          <select
            key={v.currency ?? ''}
            id="rate-currency"
            name="currency"
            className="input"
            defaultValue={v.currency ?? 'EUR'}
          >
            <option>EUR</option>
            <option>GBP</option>
            <option>USD</option>
          </select>
        </div>
        <Field
          key={`d${v.effectiveOn ?? ''}`}
          id="rate-date"
          name="effectiveOn"
          type="date"
          label="Obowiązuje od"
          defaultValue={v.effectiveOn ?? today}
          error={fe.effectiveOn}
        />
        <Field
          key={`r${v.rate ?? ''}`}
          id="rate-value"
          name="rate"
          label="Kurs (zł)"
          inputMode="decimal"
          placeholder="4,2735"
          defaultValue={v.rate}
          error={fe.rate}
        />
      </div>
      <SubmitButton className="btn-primary">Zapisz kurs</SubmitButton>
    </form>
  );
}
