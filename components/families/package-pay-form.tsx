'use client';
// The pay form under the priced family order: the buyer's address for the invoice (remembered
// from the last order), where Premium's books go, the PayU method and the package terms; every
// error beside its field, and nothing typed is lost when the server refuses.
import { useState } from 'react';
import Link from 'next/link';
import { placeFamilyOrder } from '@/lib/actions/families/order';
import type { PayMethodChoice } from '@/lib/payments/pay-methods';
import type { PostalAddress } from '@/lib/invoices/address-schema';
import { messages } from '@/lib/i18n';
import { CheckboxField, Field, FieldError } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { Notice } from '@/components/forms/notice';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { AddressFields, type CountryChoice } from '@/components/invoices/address-fields';
import { useLocale } from '@/components/locale/locale-provider';

export type PayFormAddress = { initial: PostalAddress; remembered: boolean; countries: readonly CountryChoice[] };

export function PackagePayForm({
  hidden,
  total,
  payMethods,
  address,
  premium,
}: {
  hidden: Record<string, string | string[]>;
  total: string;
  payMethods: PayMethodChoice[];
  address: PayFormAddress;
  /** A Premium package is in the order: its books need a shipping address. */
  premium: boolean;
}) {
  const locale = useLocale();
  const t = messages(locale).families.packagesPage;
  const a = messages(locale).invoices.address;
  const f = useFormAction(placeFamilyOrder);
  const [same, setSame] = useState(f.checked('shippingSame', true));
  return (
    <form action={f.action} noValidate className="space-y-6">
      <FormMessage state={f.state} />
      {Object.entries(hidden).flatMap(([k, v]) =>
        (Array.isArray(v) ? v : [v]).map((x, i) => <input key={`${k}-${i}`} type="hidden" name={k} value={x} />),
      )}
      <fieldset className="space-y-3">
        <legend className="font-semibold">{a.legend}</legend>
        <p className="text-sm text-slate-700">{a.intro}</p>
        {address.remembered && (
          <Notice tone="info" small>
            {a.remembered}
          </Notice>
        )}
        <AddressFields f={f} initial={address.initial} countries={address.countries} />
      </fieldset>
      {premium && (
        <fieldset className="space-y-3" data-testid="shipping">
          <legend className="font-semibold">{a.shippingLegend}</legend>
          <p className="text-sm text-slate-700">{a.shippingIntro}</p>
          <CheckboxField
            name="shippingSame"
            label={a.shippingSame}
            defaultChecked={f.checked('shippingSame', true)}
            onChange={(e) => setSame(e.target.checked)}
          />
          {!same && (
            <>
              <Field
                name="shippingName"
                label={a.shippingName}
                defaultValue={f.value('shippingName')}
                error={f.error('shippingName')}
                autoComplete="shipping name"
              />
              <AddressFields
                f={f}
                prefix="shipping"
                initial={{ ...address.initial, street: '', postalCode: '', city: '' }}
                countries={address.countries}
                labels={{
                  street: a.shippingStreet,
                  postalCode: a.shippingPostalCode,
                  city: a.shippingCity,
                  country: a.shippingCountry,
                }}
              />
            </>
          )}
        </fieldset>
      )}
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t.payLegend}</legend>
        {payMethods.map(({ value, label, hint }) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="payMethod"
              value={value}
              defaultChecked={f.value('payMethod', payMethods[0]?.value ?? '') === value}
              className="h-4 w-4"
            />
            <span>
              <span className="font-medium">{label}</span> <span className="text-slate-600">— {hint}</span>
            </span>
          </label>
        ))}
        <FieldError>{f.error('payMethod')}</FieldError>
      </fieldset>
      <CheckboxField
        name="terms"
        error={f.error('terms')}
        defaultChecked={f.checked('terms')}
        label={
          <>
            {t.termsBefore}{' '}
            <Link href="/rodzina/regulamin" target="_blank" className="link">
              {t.termsLink}
            </Link>
            {t.termsAfter}
          </>
        }
      />
      <SubmitButton className="btn-primary">{t.pay(total)}</SubmitButton>
    </form>
  );
}
