'use client';
// The address an invoice needs (street, postal code, city, country), with the postal-code hint
// following the country chosen; used by the family pay form and the "Poproś o fakturę" form.
import { useState } from 'react';
import { Field, SelectField } from '@/components/forms/field';
import type { FormAction } from '@/components/forms/use-form-action';
import type { PostalAddress } from '@/lib/invoices/address-schema';
import { postalCodeExample } from '@/lib/invoices/rules/postal-code';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export type CountryChoice = { code: string; name: string };

type Labels = { street: string; postalCode: string; city: string; country: string };

export function AddressFields({
  f,
  prefix = '',
  initial,
  countries,
  labels,
}: {
  f: FormAction;
  /** "" → street, postalCode…; "shipping" → shippingStreet… (as lib/invoices/address-schema names them). */
  prefix?: string;
  initial: PostalAddress;
  countries: readonly CountryChoice[];
  labels?: Labels;
}) {
  const locale = useLocale();
  const t = messages(locale).invoices.address;
  const name = (k: string) => (prefix ? `${prefix}${k[0].toUpperCase()}${k.slice(1)}` : k);
  const l = labels ?? t;
  // Uncontrolled (defaultValue): React resets a form after its action to the echoed values, and
  // this state only follows the choice for the postal-code hint.
  const [country, setCountry] = useState(f.value(name('country'), initial.country));
  const example = postalCodeExample(country);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Field
          name={name('street')}
          label={l.street}
          defaultValue={f.value(name('street'), initial.street)}
          error={f.error(name('street'))}
          autoComplete={`${prefix ? 'shipping' : 'billing'} street-address`}
        />
      </div>
      <Field
        name={name('postalCode')}
        label={l.postalCode}
        defaultValue={f.value(name('postalCode'), initial.postalCode)}
        error={f.error(name('postalCode'))}
        hint={example ? t.postalCodeHint(example) : undefined}
        autoComplete={`${prefix ? 'shipping' : 'billing'} postal-code`}
      />
      <Field
        name={name('city')}
        label={l.city}
        defaultValue={f.value(name('city'), initial.city)}
        error={f.error(name('city'))}
        autoComplete={`${prefix ? 'shipping' : 'billing'} address-level2`}
      />
      <div className="sm:col-span-2">
        <SelectField
          // A select's defaultValue applies at mount only: remount it with each refused submission's echo.
          key={f.failed ? JSON.stringify(f.fieldErrors) + f.value(name('country'), '') : 'initial'}
          name={name('country')}
          label={l.country}
          defaultValue={f.value(name('country'), initial.country)}
          onChange={(e) => setCountry(e.target.value)}
          error={f.error(name('country'))}
          autoComplete={`${prefix ? 'shipping' : 'billing'} country`}
        >
          <option value="">{t.chooseCountry}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </div>
    </div>
  );
}
