'use client';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { refundOrder } from '@/lib/actions/checkout/refund-order';
import { messages } from '@/lib/i18n';

export function RefundForm({
  orderId,
  maxAmount,
  items,
}: {
  orderId: string;
  maxAmount: number;
  items: { id: string; label: string }[];
}) {
  const t = messages().checkout.refundForm;
  const f = useFormAction(refundOrder);
  return (
    <form action={f.action} className="space-y-3">
      <FormMessage state={f.state} />
      <input type="hidden" name="orderId" value={orderId} />
      <Field
        name="amount"
        label={t.amount}
        defaultValue={f.value('amount', (maxAmount / 100).toFixed(2).replace('.', ','))}
        error={f.error('amount')}
        inputMode="decimal"
      />
      <Field
        name="description"
        label={t.reason}
        defaultValue={f.value('description', t.defaultReason)}
        error={f.error('description')}
      />
      <fieldset className="space-y-1">
        <legend className="label">{t.revokeItems}</legend>
        {items.map((i) => (
          <label key={i.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="items" value={i.id} defaultChecked className="h-4 w-4" /> {i.label}
          </label>
        ))}
      </fieldset>
      <SubmitButton className="btn-danger">{t.submit}</SubmitButton>
    </form>
  );
}
