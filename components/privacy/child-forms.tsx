'use client';
// /rodzina/dzieci/<id>: the parent corrects the child's name and birth year, or removes the child.
import { CheckboxField, Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { editChild, removeChild } from '@/lib/actions/privacy/children';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function EditChildForm({ child }: { child: { id: string; fullName: string; birthYear: number } }) {
  const locale = useLocale();
  const m = messages(locale);
  const f = useFormAction(editChild);
  return (
    <form action={f.action} noValidate className="space-y-4">
      <FormMessage state={f.state} />
      <input type="hidden" name="childId" value={child.id} />
      <Field
        name="fullName"
        label={m.families.childFullName}
        defaultValue={f.value('fullName', child.fullName)}
        error={f.error('fullName')}
        required
      />
      <Field
        name="birthYear"
        label={m.families.birthYear}
        inputMode="numeric"
        defaultValue={f.value('birthYear', String(child.birthYear))}
        error={f.error('birthYear')}
        required
      />
      <SubmitButton className="btn-primary">{m.privacy.children.save}</SubmitButton>
    </form>
  );
}

export function RemoveChildForm({ childId }: { childId: string }) {
  const locale = useLocale();
  const t = messages(locale).privacy.children;
  const f = useFormAction(removeChild);
  return (
    <form action={f.action} noValidate className="space-y-4">
      <FormMessage state={f.state} />
      <input type="hidden" name="childId" value={childId} />
      <CheckboxField name="confirm" label={t.removeConfirm} error={f.error('confirm')} />
      <SubmitButton className="btn-danger">{t.removeSubmit}</SubmitButton>
    </form>
  );
}
