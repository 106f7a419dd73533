'use client';
import { useActionState, useId } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { reviewAgreement } from '@/lib/actions/groups/review-agreement';
import { messages } from '@/lib/i18n';

export function RejectAgreementForm({ agreementId }: { agreementId: string }) {
  const t = messages().groups;
  const [state, run] = useActionState(reviewAgreement, null);
  const id = useId().replace(/:/g, '');
  const error = state && !state.ok ? state.fieldErrors?.reason : undefined;
  return (
    <form action={run} noValidate className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <input type="hidden" name="decision" value="reject" />
      <label htmlFor={`reason-${id}`} className="label">
        {t.rejectReason}
      </label>
      <textarea
        id={`reason-${id}`}
        name="reason"
        rows={2}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `reason-${id}-error` : undefined}
        defaultValue={state && !state.ok ? state.values?.reason : ''}
      />
      {error && (
        <p id={`reason-${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <SubmitButton className="btn-secondary">{t.reject}</SubmitButton>
    </form>
  );
}
