'use client';
import { ActionForm } from '@/components/forms/action-form';
import { retryPayment } from '@/lib/actions/checkout/retry-payment';
import type { PayMethodChoice } from '@/lib/payments/pay-methods';

export function RetryPaymentForm({ orderId, methods }: { orderId: string; methods: PayMethodChoice[] }) {
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
        <select id="retry-method" name="payMethod" className="input" defaultValue={methods[0]?.value}>
          {methods.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
    </ActionForm>
  );
}
