'use client';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { addToCart } from '@/lib/actions/checkout/add-to-cart';
import { messages } from '@/lib/i18n';

export function AddToCartForm({ offers }: { offers: { id: string; label: string }[] }) {
  const t = messages().checkout.addToCart;
  const f = useFormAction(addToCart);
  return (
    <form action={f.action} className="space-y-3">
      <FormMessage state={f.state} />
      <SelectField
        id="offerId"
        name="offerId"
        label={t.offer}
        defaultValue={offers[0]?.id}
        error={f.error('offerId')}
        options={offers.map((o) => ({ value: o.id, label: o.label }))}
      />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
