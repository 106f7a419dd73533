'use client';
// The representative's statement: name, role, authority to represent the company, and acceptance.
import { CheckboxField, Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { acceptAgreement } from '@/lib/actions/groups/accept-agreement';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function AcceptAgreementForm({
  groupId,
  textSha256,
  companyName,
  signerName,
}: {
  groupId: string;
  textSha256: string;
  companyName: string;
  signerName: string;
}) {
  const locale = useLocale();
  const t = messages(locale).groups.esign;
  const f = useFormAction(acceptAgreement);
  return (
    <form action={f.action} noValidate className="card space-y-4" data-testid="accept-agreement">
      <FormMessage state={f.state} />
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="textSha256" value={textSha256} />
      <Field
        name="signerName"
        label={t.signerName}
        autoComplete="name"
        defaultValue={f.value('signerName', signerName)}
        error={f.error('signerName')}
      />
      <Field
        name="signerRole"
        label={t.signerRole}
        autoComplete="organization-title"
        defaultValue={f.value('signerRole')}
        error={f.error('signerRole')}
      />
      <CheckboxField
        name="authorised"
        label={t.authorised(companyName)}
        defaultChecked={f.value('authorised') === 'on'}
        error={f.error('authorised')}
      />
      <CheckboxField name="read" label={t.read} defaultChecked={f.value('read') === 'on'} error={f.error('read')} />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
