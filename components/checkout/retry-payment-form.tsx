'use client';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { retryPayment } from '@/lib/actions/checkout/retry-payment';

export function RetryPaymentForm({ orderId }: { orderId: string }) {
  const [state, action] = useActionState(retryPayment, null);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <div>
        <label htmlFor="retry-method" className="label">
          Sposób płatności
        </label>
        <select id="retry-method" name="payMethod" className="input" defaultValue="blik">
          <option value="blik">BLIK</option>
          <option value="transfer">Szybki przelew</option>
        </select>
      </div>
      <SubmitButton className="btn-primary">Zapłać ponownie</SubmitButton>
    </form>
  );
}
