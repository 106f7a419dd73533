'use client';
// One declared discount's decision in the staff queue: accept, or reject with a reason the payer
// reads in the e-mail (the reason's error beside its field).
import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { verifyDiscount } from '@/lib/actions/billing/discounts-verify';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function VerifyDiscountForm({ id }: { id: string }) {
  const locale = useLocale();
  const t = messages(locale).discounts.panel;
  const f = useFormAction(verifyDiscount);
  return (
    <div className="space-y-2">
      <ActionForm
        action={verifyDiscount}
        hidden={{ id, intent: 'accept' }}
        submit={t.accept}
        buttonClass="btn-primary"
        className="space-y-2"
      />
      <form action={f.action} className="space-y-2" noValidate>
        <FormMessage state={f.state} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="intent" value="reject" />
        <Field
          name="reason"
          label={t.rejectReason}
          defaultValue={f.value('reason', '')}
          error={f.error('reason')}
          maxLength={500}
        />
        <SubmitButton className="btn-danger">{t.reject}</SubmitButton>
      </form>
    </div>
  );
}
