'use client';
// The licence order form (A4): the school — its OKE code suggests the commission while typing
// (changeable), NIP, address, eco invoice —, the contact (unless signed in), the exam year, the
// price and the terms. Each refusal stands beside its field; what was typed stays.
import { useRef } from 'react';
import { CheckboxField, Field, SelectField } from '@/components/forms/field';
import { PersonFields } from '@/components/forms/person-fields';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { licenceOrderAction } from '@/lib/actions/licence/order';
import type { OrderPage } from '@/lib/licence/order-page';
import { suggestCommission } from '@/lib/matura/rules/oke-code';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function LicenceOrderForm({ page, termsHref }: { page: OrderPage; termsHref: string }) {
  const locale = useLocale();
  const t = messages(locale).licence.order;
  const f = useFormAction(licenceOrderAction);
  // Uncontrolled, so the form's reset after a refusal shows what was sent; typing a code
  // pre-selects its commission until the person picks one themselves.
  const touched = useRef(false);
  const onOke = (input: HTMLInputElement) => {
    const suggested = suggestCommission(input.value);
    const select = input.form?.elements.namedItem('commission');
    if (suggested && !touched.current && select instanceof HTMLSelectElement) select.value = suggested;
  };
  return (
    <form action={f.action} className="space-y-4" noValidate>
      <FormMessage state={f.state} />
      <fieldset className="card space-y-3">
        <legend className="h2 px-1">{t.school}</legend>
        <Field
          name="schoolName"
          label={t.schoolName}
          defaultValue={f.value('schoolName', '')}
          error={f.error('schoolName')}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            name="okeCode"
            label={t.okeCode}
            hint={t.okeCodeHint}
            maxLength={14}
            autoCapitalize="characters"
            defaultValue={f.value('okeCode', '')}
            onChange={(e) => onOke(e.target)}
            error={f.error('okeCode')}
          />
          <SelectField
            name="commission"
            label={t.commission}
            hint={t.commissionHint}
            defaultValue={f.value('commission', '')}
            onChange={() => {
              touched.current = true;
            }}
            error={f.error('commission')}
          >
            <option value="">—</option>
            {page.commissions.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </SelectField>
          <Field
            name="nip"
            label={t.nip}
            inputMode="numeric"
            defaultValue={f.value('nip', '')}
            error={f.error('nip')}
          />
        </div>
        <Field
          name="street"
          label={t.street}
          autoComplete="street-address"
          defaultValue={f.value('street', '')}
          error={f.error('street')}
        />
        <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
          <Field
            name="postalCode"
            label={t.postalCode}
            autoComplete="postal-code"
            defaultValue={f.value('postalCode', '')}
            error={f.error('postalCode')}
          />
          <Field
            name="city"
            label={t.city}
            autoComplete="address-level2"
            defaultValue={f.value('city', '')}
            error={f.error('city')}
          />
        </div>
        <CheckboxField
          name="ecoInvoice"
          label={t.ecoInvoice}
          defaultChecked={f.checked('ecoInvoice')}
          error={f.error('ecoInvoice')}
        />
      </fieldset>
      {page.member ? (
        <p className="text-sm">{t.signedIn(page.member.name)}</p>
      ) : (
        <fieldset className="card space-y-3">
          <legend className="h2 px-1">{t.contact}</legend>
          <PersonFields f={f} labels={t} />
        </fieldset>
      )}
      <fieldset className="card space-y-3">
        <legend className="h2 px-1">{t.licence}</legend>
        <SelectField
          name="examYear"
          label={t.examYear}
          options={page.years}
          defaultValue={f.value('examYear', page.years[0]?.value ?? '')}
          error={f.error('examYear')}
        />
        <p className="text-sm">
          <span className="font-semibold">{t.price}:</span> {page.price}
        </p>
        <CheckboxField
          name="terms"
          label={
            <>
              {t.terms} (
              <a href={termsHref} className="link" target="_blank" rel="noopener">
                {t.termsLink}
              </a>
              )
            </>
          }
          defaultChecked={f.checked('terms')}
          error={f.error('terms')}
        />
      </fieldset>
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
