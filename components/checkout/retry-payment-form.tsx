'use client';
import { ActionForm } from '@/components/forms/action-form';
import { retryPayment } from '@/lib/actions/checkout/retry-payment';
import { messages } from '@/lib/i18n';

export function RetryPaymentForm({ orderId }: { orderId: string }) {
  const m = messages().checkout;
  return (
    <ActionForm
      action={retryPayment}
      hidden={{ orderId }}
      submit={m.retryPayment.submit}
      className="flex flex-wrap items-end gap-3"
    >
      <div>
        <label htmlFor="retry-method" className="label">
          {m.retryPayment.method}
        </label>
        <select id="retry-method" name="payMethod" className="input" defaultValue="blik">
          <option value="blik">{m.payMethods.blik}</option>
          <option value="transfer">{m.payMethods.transfer}</option>
        </select>
      </div>
    </ActionForm>
  );
}
