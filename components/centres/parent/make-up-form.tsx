'use client';
// The make-up request on the parent's centre page: the child's class missed (or to be missed),
// each with whether it is still free, and another group's class of the programme with a seat.
import { messages } from '@/lib/i18n';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { requestCentreMakeUpAction } from '@/lib/actions/centres/parent/make-up';
import { useLocale } from '@/components/locale/locale-provider';

export type Option = { value: string; label: string };

export function CentreMakeUpForm({
  childId,
  missed,
  targets,
}: {
  childId: string;
  missed: Option[];
  targets: Option[];
}) {
  const locale = useLocale();
  const t = messages(locale).centresParent.makeUp;
  const f = useFormAction(requestCentreMakeUpAction);
  const pick = { value: '', label: '—' };
  return (
    <form action={f.action} className="max-w-2xl space-y-3" noValidate data-testid="centre-make-up">
      <FormMessage state={f.state} />
      <input type="hidden" name="childId" value={childId} />
      <SelectField
        name="missedSessionId"
        label={t.missed}
        options={[pick, ...missed]}
        defaultValue={f.value('missedSessionId', '')}
        error={f.error('missedSessionId')}
      />
      <SelectField
        name="sessionId"
        label={t.target}
        options={[pick, ...targets]}
        defaultValue={f.value('sessionId', '')}
        error={f.error('sessionId')}
      />
      <SubmitButton className="btn-primary">{t.submit}</SubmitButton>
    </form>
  );
}
