'use client';
import { ActionForm } from '@/components/forms/action-form';
import { retryPayment } from '@/lib/actions/checkout/retry-payment';
import { messages } from '@/lib/i18n';
import type { PayMethodChoice } from '@/lib/payments/pay-methods';
import { useLocale } from '@/components/locale/locale-provider';

export function RetryPaymentForm({ orderId, methods }: { orderId: string; methods: PayMethodChoice[] }) {
  const locale = useLocale();
  const m = messages(locale).checkout;
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
        <select id="retry-method" name="payMethod" className="input" defaultValue={methods[0]?.value}>
          {methods.map((method) => (
            <option key={method.value} value={method.value}>
              {method.label}
            </option>
          ))}
        </select>
      </div>
    </ActionForm>
  );
}
