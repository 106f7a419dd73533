'use client';
import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { refundOrder } from '@/lib/actions/checkout/refund-order';

export function RefundForm({
  orderId,
  maxAmount,
  items,
}: {
  orderId: string;
  maxAmount: number;
  items: { id: string; label: string }[];
}) {
  const [state, action] = useActionState(refundOrder, null);
  const fe = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const v = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <Field
        name="amount"
        label="Kwota zwrotu (zł)"
        defaultValue={v.amount ?? (maxAmount / 100).toFixed(2).replace('.', ',')}
        error={fe.amount}
        inputMode="decimal"
      />
      <Field
        name="description"
        label="Powód"
        defaultValue={v.description ?? 'Zwrot na prośbę klienta'}
        error={fe.description}
      />
      <fieldset className="space-y-1">
        <legend className="label">Cofnij dostęp do pozycji</legend>
        {items.map((i) => (
          <label key={i.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="items" value={i.id} defaultChecked className="h-4 w-4" /> {i.label}
          </label>
        ))}
      </fieldset>
      <SubmitButton className="btn-danger">Zwróć przez PayU</SubmitButton>
    </form>
  );
}
