'use client';
import { useState } from 'react';
import Link from 'next/link';
import { CheckboxField, Field, FieldError } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { placeOrder } from '@/lib/actions/checkout/place-order';
import type { PayMethodChoice } from '@/lib/payments/pay-methods';

export function CheckoutForm({
  checkoutKey,
  requireCompany,
  payMethods,
}: {
  checkoutKey: string;
  requireCompany: boolean;
  /** Only what PayU takes for this currency and amount (lib/payments/pay-methods). */
  payMethods: PayMethodChoice[];
}) {
  const f = useFormAction(placeOrder);
  const v = (name: string) => f.value(name);
  const fe = f.fieldErrors;
  const [buyerType, setBuyerType] = useState(f.value('buyerType', requireCompany ? 'COMPANY' : 'PERSON'));
  const [wantsInvoice, setWantsInvoice] = useState(f.checked('wantsInvoice'));
  const company = buyerType === 'COMPANY';
  const showAddress = company || wantsInvoice;

  return (
    <form action={f.action} noValidate className="space-y-6">
      <FormMessage state={f.state} />
      <input type="hidden" name="checkoutKey" value={checkoutKey} />
      <fieldset className="card space-y-4">
        <legend className="h2 px-1">Kupujący</legend>
        <div
          className="flex flex-wrap gap-6"
          role="radiogroup"
          aria-describedby={fe.buyerType ? 'buyerType-error' : undefined}
        >
          {[
            ['PERSON', 'Osoba prywatna'],
            ['COMPANY', 'Firma (faktura VAT na firmę)'],
          ].map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-sm font-medium">
              <input
                type="radio"
                name="buyerType"
                value={value}
                checked={buyerType === value}
                onChange={() => setBuyerType(value)}
                disabled={requireCompany && value === 'PERSON'}
                className="h-4 w-4"
              />
              {label}
            </label>
          ))}
        </div>
        {requireCompany && (
          <p className="text-sm text-slate-600">Pakiet grupowy kupuje firma — dane do faktury są wymagane.</p>
        )}
        <FieldError id="buyerType-error">{fe.buyerType}</FieldError>
        {!company && (
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="wantsInvoice"
              checked={wantsInvoice}
              onChange={(e) => setWantsInvoice(e.target.checked)}
              className="h-4 w-4"
            />
            Chcę otrzymać fakturę z moim adresem
          </label>
        )}
        {company && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              name="companyName"
              label="Nazwa firmy"
              defaultValue={v('companyName')}
              error={fe.companyName}
              autoComplete="organization"
            />
            <Field
              name="nip"
              label="NIP"
              defaultValue={v('nip')}
              error={fe.nip}
              inputMode="numeric"
              hint="10 cyfr, np. 526-025-02-74"
            />
          </div>
        )}
        {showAddress && (
          <div className="grid gap-4 sm:grid-cols-[2fr_1fr_2fr]">
            <Field
              name="street"
              label="Ulica i numer"
              defaultValue={v('street')}
              error={fe.street}
              autoComplete="street-address"
            />
            <Field
              name="postalCode"
              label="Kod pocztowy"
              defaultValue={v('postalCode')}
              error={fe.postalCode}
              autoComplete="postal-code"
              placeholder="00-000"
            />
            <Field
              name="city"
              label="Miejscowość"
              defaultValue={v('city')}
              error={fe.city}
              autoComplete="address-level2"
            />
          </div>
        )}
      </fieldset>

      <fieldset className="card space-y-3">
        <legend className="h2 px-1">Płatność przez PayU</legend>
        {payMethods.map(({ value, label, hint }) => (
          <label
            key={value}
            className="flex items-start gap-3 rounded-lg border border-slate-200 p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name="payMethod"
              value={value}
              defaultChecked={f.value('payMethod', payMethods[0]?.value ?? '') === value}
              className="mt-0.5 h-4 w-4"
            />
            <span>
              <span className="font-semibold">{label}</span>
              <br />
              <span className="text-slate-600">{hint}</span>
            </span>
          </label>
        ))}
        <FieldError>{fe.payMethod}</FieldError>
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="h2 px-1">Zgody</legend>
        <CheckboxField
          name="terms"
          error={fe.terms}
          defaultChecked={f.checked('terms')}
          label={
            <>
              Akceptuję{' '}
              <Link href="/regulamin" target="_blank" className="link">
                regulamin
              </Link>{' '}
              (wersja z 1 listopada 2026 r.).
            </>
          }
        />
        {!company && (
          <CheckboxField
            name="immediateDelivery"
            defaultChecked={false}
            label={
              <>Żądam rozpoczęcia świadczenia (udostępnienia kursu) przed upływem 14 dni na odstąpienie od umowy.</>
            }
          >
            <p className="ml-6 mt-1 text-sm text-slate-600">
              Przyjmuję do wiadomości, że z chwilą udostępnienia kursu tracę prawo odstąpienia od umowy (art. 38 pkt 13
              ustawy o prawach konsumenta). Bez tej zgody kurs także otrzymasz od razu, a prawo odstąpienia w ciągu 14
              dni zachowasz.
            </p>
          </CheckboxField>
        )}
      </fieldset>
      <SubmitButton>Zamawiam i płacę</SubmitButton>
    </form>
  );
}
