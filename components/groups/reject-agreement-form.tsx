'use client';
import { FormMessage } from '@/components/forms/form-message';
import { TextAreaField } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { reviewAgreement } from '@/lib/actions/groups/review-agreement';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

/** `owner` 'school' for a school's agreement (the planner's), decided by the same action. */
export function RejectAgreementForm({ agreementId, owner }: { agreementId: string; owner?: 'school' }) {
  const locale = useLocale();
  const t = messages(locale).groups;
  const f = useFormAction(reviewAgreement);
  return (
    <form action={f.action} noValidate className="space-y-2">
      <FormMessage state={f.state} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <input type="hidden" name="decision" value="reject" />
      {owner && <input type="hidden" name="owner" value={owner} />}
      <TextAreaField
        name="reason"
        label={t.rejectReason}
        rows={2}
        defaultValue={f.value('reason')}
        error={f.error('reason')}
      />
      <SubmitButton className="btn-secondary">{t.reject}</SubmitButton>
    </form>
  );
}
