'use client';
// A privacy request from /konto/wnioski, and staff's decision on one in /panel/wnioski-rodo.
import { SelectField, TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { decideRequest, fileRequest } from '@/lib/actions/privacy/requests';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function PrivacyRequestForm() {
  const locale = useLocale();
  const t = messages(locale).privacy.requests;
  const f = useFormAction(fileRequest);
  const kinds = Object.entries(t.kinds).map(([value, label]) => ({ value, label }));
  return (
    <form action={f.action} noValidate className="space-y-4">
      <FormMessage state={f.state} />
      <SelectField
        name="kind"
        label={t.kindLabel}
        options={[{ value: '', label: t.choose }, ...kinds]}
        defaultValue={f.value('kind', '')}
        error={f.error('kind')}
        required
      />
      <TextAreaField
        name="details"
        label={t.detailsLabel}
        hint={t.detailsHint}
        rows={6}
        defaultValue={f.value('details', '')}
        error={f.error('details')}
        required
      />
      <SubmitButton className="btn-primary">{t.submit}</SubmitButton>
    </form>
  );
}

export function DecideRequestForm({ requestId }: { requestId: string }) {
  const locale = useLocale();
  const t = messages(locale).privacy.requests.panel;
  const f = useFormAction(decideRequest);
  return (
    <form action={f.action} noValidate className="space-y-4">
      <FormMessage state={f.state} />
      <input type="hidden" name="requestId" value={requestId} />
      <SelectField
        name="decision"
        label={t.decision}
        options={[
          { value: 'RESOLVED', label: t.resolve },
          { value: 'REFUSED', label: t.refuse },
        ]}
        defaultValue={f.value('decision', 'RESOLVED')}
        error={f.error('decision')}
      />
      <TextAreaField
        name="reply"
        label={t.reply}
        hint={t.replyHint}
        rows={8}
        defaultValue={f.value('reply', '')}
        error={f.error('reply')}
        required
      />
      <SubmitButton className="btn-primary">{t.send}</SubmitButton>
    </form>
  );
}
