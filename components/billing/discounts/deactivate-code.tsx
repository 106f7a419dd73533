'use client';
// A code's "active" cell: the switch-off button while active; stays mounted once switched off so
// the outcome is still read out beside the new state.
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { deactivateCode } from '@/lib/actions/billing/discounts-codes';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function DeactivateCode({ id, active }: { id: string; active: boolean }) {
  const locale = useLocale();
  const t = messages(locale).discounts.panel;
  const f = useFormAction(deactivateCode);
  return (
    <form action={f.action} className="flex flex-wrap items-center gap-2" noValidate>
      <input type="hidden" name="id" value={id} />
      <span>{active ? t.yes : t.no}</span>
      {active && <SubmitButton className="btn-secondary">{t.deactivate}</SubmitButton>}
      <FormMessage state={f.state} />
    </form>
  );
}
