'use client';
// Cancelling a centre group from the panel's group page: the reason the parents will read and an
// explicit confirmation; the outcome (contracts ended, refunds) shown above the form. Rendered with
// `cancelled` for a group already cancelled, it shows the outcome of the action just run (or says so).
import { CheckboxField, TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { cancelGroupAction } from '@/lib/actions/centres/cancel-group';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function CancelGroupForm({ centreGroupId, cancelled = false }: { centreGroupId: string; cancelled?: boolean }) {
  const locale = useLocale();
  const t = messages(locale).centresDesk.cancel;
  const f = useFormAction(cancelGroupAction);
  // Once cancelled (the page re-rendered after the action): the outcome, or that it was done before.
  if (cancelled) return f.state ? <FormMessage state={f.state} /> : <p className="muted">{t.already}</p>;
  return (
    <form action={f.action} className="space-y-3" noValidate data-testid="cancel-group-form">
      <h2 className="h2">{t.title}</h2>
      <p className="text-sm text-slate-700">{t.lead}</p>
      <FormMessage state={f.state} />
      <input type="hidden" name="centreGroupId" value={centreGroupId} />
      <TextAreaField
        name="reason"
        label={t.reasonLabel}
        rows={2}
        defaultValue={f.value('reason', t.reasonDefault)}
        error={f.error('reason')}
      />
      <CheckboxField name="confirm" label={t.confirm} error={f.error('confirm')} />
      <SubmitButton className="btn-danger">{t.submit}</SubmitButton>
    </form>
  );
}
