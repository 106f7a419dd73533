'use client';
// The demo clock's two actions: move it forward by N days (the error beside the field), and run
// the daily jobs now without moving it.
import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { moveDemoClock } from '@/lib/actions/demo-clock/move-clock';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function DemoClockForm() {
  const locale = useLocale();
  const t = messages(locale).demoClock;
  const f = useFormAction(moveDemoClock);
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <form action={f.action} className="card space-y-3" noValidate>
        <FormMessage state={f.state} />
        <input type="hidden" name="intent" value="move" />
        <Field
          name="days"
          label={t.daysLabel}
          hint={t.daysHint}
          type="number"
          inputMode="numeric"
          min={1}
          max={366}
          defaultValue={f.value('days', '1')}
          error={f.error('days')}
        />
        <SubmitButton className="btn-primary">{t.move}</SubmitButton>
      </form>
      <div className="card space-y-3">
        <ActionForm action={moveDemoClock} hidden={{ intent: 'run' }} submit={t.runNow} buttonClass="btn-secondary" />
        <p className="text-sm text-gray-600">{t.mailboxHint}</p>
      </div>
    </div>
  );
}
