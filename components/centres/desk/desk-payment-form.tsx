'use client';
// Taking one charge's money at the desk: cash or card and the amount (what is due, prefilled; a
// different amount is refused beside the field). Booked once however many times it is clicked.
import { Field, SelectField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { bookDeskPaymentAction } from '@/lib/actions/centres/desk';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

const zloty = (n: number) => (n / 100).toFixed(2).replace('.', ',');

export function DeskPaymentForm({ chargeId, due, q }: { chargeId: string; due: number; q: string }) {
  const locale = useLocale();
  const t = messages(locale).centresDesk;
  const f = useFormAction(bookDeskPaymentAction);
  return (
    <form action={f.action} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end" noValidate>
      <div className="sm:col-span-3">
        <FormMessage state={f.state} />
      </div>
      <input type="hidden" name="chargeId" value={chargeId} />
      <input type="hidden" name="q" value={q} />
      <SelectField
        name="method"
        label={t.page.methodLabel}
        defaultValue={f.value('method', 'CASH')}
        error={f.error('method')}
        options={(['CASH', 'CARD'] as const).map((m) => ({ value: m, label: t.methods[m] }))}
      />
      <Field
        name="amount"
        label={t.page.amountLabel}
        inputMode="decimal"
        defaultValue={f.value('amount', zloty(due))}
        error={f.error('amount')}
      />
      <SubmitButton className="btn-primary">{t.page.submit}</SubmitButton>
    </form>
  );
}
