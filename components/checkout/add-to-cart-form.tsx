'use client';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { addToCart } from '@/lib/actions/checkout/add-to-cart';

export function AddToCartForm({ offers }: { offers: { id: string; label: string }[] }) {
  const [state, action] = useActionState(addToCart, null);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <div>
        <label htmlFor="offerId" className="label">
          Opcja zakupu
        </label>
        <select id="offerId" name="offerId" className="input" defaultValue={offers[0]?.id}>
          {offers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton>Dodaj do koszyka</SubmitButton>
    </form>
  );
}
