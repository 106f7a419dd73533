'use client';
// Staff's answer to a complaint: e-mailed to the buyer and kept with the order, sent once.
import { TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { answerComplaint } from '@/lib/actions/support/answer-complaint';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function AnswerForm({ complaintId }: { complaintId: string }) {
  const locale = useLocale();
  const t = messages(locale).support.panel;
  const f = useFormAction(answerComplaint);
  return (
    <form action={f.action} className="space-y-3" noValidate>
      <FormMessage state={f.state} />
      <input type="hidden" name="complaintId" value={complaintId} />
      <TextAreaField
        name="answer"
        label={t.answer}
        rows={8}
        hint={t.answerHint}
        defaultValue={f.value('answer', '')}
        error={f.error('answer')}
        required
      />
      <SubmitButton className="btn-primary">{t.send}</SubmitButton>
    </form>
  );
}
