'use client';
import { ActionForm } from '@/components/forms/action-form';
import { retryPayment } from '@/lib/actions/checkout/retry-payment';

export function RetryPaymentForm({ orderId }: { orderId: string }) {
  return (
    <ActionForm
      action={retryPayment}
      hidden={{ orderId }}
      submit="Zapłać ponownie"
      className="flex flex-wrap items-end gap-3"
    >
      <div>
        <label htmlFor="retry-method" className="label">
          Sposób płatności
        </label>
        <select id="retry-method" name="payMethod" className="input" defaultValue="blik">
          <option value="blik">BLIK</option>
          <option value="transfer">Szybki przelew</option>
        </select>
      </div>
    </ActionForm>
  );
}
