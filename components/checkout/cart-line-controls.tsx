'use client';
import { useActionState } from 'react';
import { updateCart } from '@/lib/actions/checkout/update-cart';

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
  const [state, action, pending] = useActionState(updateCart, null);
  const error = state && !state.ok ? (state.fieldErrors?.quantity ?? state.error) : null;
  return (
    <form action={action} className="flex items-end gap-2">
      <input type="hidden" name="itemId" value={itemId} />
      {editable ? (
        <div>
          <label htmlFor={`q-${itemId}`} className="label">
            Liczba pakietów
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
          {error && (
            <p id={`q-${itemId}-err`} className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      ) : (
        <span className="text-sm text-slate-600">1 szt.</span>
      )}
      {editable && (
        <button type="submit" name="intent" value="quantity" className="btn-secondary" disabled={pending}>
          Zmień
        </button>
      )}
      <button type="submit" name="intent" value="remove" className="btn-secondary" disabled={pending}>
        Usuń
      </button>
    </form>
  );
}
