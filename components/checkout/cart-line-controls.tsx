'use client';
import { useFormAction } from '@/components/forms/use-form-action';
import { FieldError } from '@/components/forms/field';
import { updateCart } from '@/lib/actions/checkout/update-cart';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function CartLineControls({
  itemId,
  quantity,
  editable,
  max,
}: {
  itemId: string;
  quantity: number;
  editable: boolean;
  max: number;
}) {
  const locale = useLocale();
  const t = messages(locale).checkout.lineControls;
  const f = useFormAction(updateCart);
  const error = f.error('quantity') ?? f.formError;
  return (
    <form action={f.action} className="flex items-end gap-2">
      <input type="hidden" name="itemId" value={itemId} />
      {editable ? (
        <div>
          <label htmlFor={`q-${itemId}`} className="label">
            {t.quantity}
          </label>
          <input
            id={`q-${itemId}`}
            name="quantity"
            type="number"
            min={1}
            max={max}
            defaultValue={quantity}
            className="input w-20"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `q-${itemId}-err` : undefined}
          />
          <FieldError id={`q-${itemId}-err`}>{error}</FieldError>
        </div>
      ) : (
        <span className="text-sm text-slate-600">{t.single}</span>
      )}
      {editable && (
        <button type="submit" name="intent" value="quantity" className="btn-secondary" disabled={f.pending}>
          {t.change}
        </button>
      )}
      <button type="submit" name="intent" value="remove" className="btn-secondary" disabled={f.pending}>
        {t.remove}
      </button>
    </form>
  );
}
