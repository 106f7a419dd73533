'use client';
import { useState } from 'react';
import Link from 'next/link';
import { CheckboxField, Field, FieldError } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { placeOrder } from '@/lib/actions/checkout/place-order';
import { messages } from '@/lib/i18n';
import type { PayMethodChoice } from '@/lib/payments/pay-methods';
import type { InvoiceDefaults } from '@/lib/orders/invoice-defaults';
import type { OnlineCourseNote } from '@/lib/orders/online-courses';
import { useLocale } from '@/components/locale/locale-provider';

export function CheckoutForm({
  checkoutKey,
  requireCompany,
  payMethods,
  defaults = null,
  onlineCourses = [],
}: {
  checkoutKey: string;
  requireCompany: boolean;
  /** Only what PayU takes for this currency and amount (lib/payments/pay-methods). */
  payMethods: PayMethodChoice[];
  /** Invoice data of the buyer's last order (lib/orders/invoice-defaults.ts), typed over freely. */
  defaults?: InvoiceDefaults | null;
  /** On-line courses in the cart (lib/orders/online-courses.ts), named beside the consent. */
  onlineCourses?: OnlineCourseNote[];
}) {
  const locale = useLocale();
  const m = messages(locale).checkout;
  const t = m.checkoutForm;
  const f = useFormAction(placeOrder);
  const v = (name: keyof Omit<InvoiceDefaults, 'buyerType'>) => f.value(name, defaults?.[name] ?? '');
  const fe = f.fieldErrors;
  const [buyerType, setBuyerType] = useState(
    f.value('buyerType', requireCompany ? 'COMPANY' : (defaults?.buyerType ?? 'PERSON')),
  );
  const [wantsInvoice, setWantsInvoice] = useState(
    f.checked('wantsInvoice', defaults?.buyerType === 'PERSON' && !!defaults.street),
  );
  const company = buyerType === 'COMPANY';
  const showAddress = company || wantsInvoice;

  return (
    <form action={f.action} noValidate className="space-y-6">
      <FormMessage state={f.state} />
      <input type="hidden" name="checkoutKey" value={checkoutKey} />
      <fieldset className="card space-y-4">
        <legend className="h2 px-1">{t.buyer}</legend>
        <div
          className="flex flex-wrap gap-6"
          role="radiogroup"
          aria-describedby={fe.buyerType ? 'buyerType-error' : undefined}
        >
          {[
            ['PERSON', t.person],
            ['COMPANY', t.company],
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
        {requireCompany && <p className="text-sm text-slate-600">{t.groupNeedsCompany}</p>}
        {defaults && (
          <p className="text-sm text-slate-600" data-testid="invoice-prefilled">
            {m.invoicePrefilled}
          </p>
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
            {t.wantsInvoice}
          </label>
        )}
        {company && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              name="companyName"
              label={t.companyName}
              defaultValue={v('companyName')}
              error={fe.companyName}
              autoComplete="organization"
            />
            <Field
              name="nip"
              label={t.nip}
              defaultValue={v('nip')}
              error={fe.nip}
              inputMode="numeric"
              hint={t.nipHint}
            />
          </div>
        )}
        {showAddress && (
          <div className="grid gap-4 sm:grid-cols-[2fr_1fr_2fr]">
            <Field
              name="street"
              label={t.street}
              defaultValue={v('street')}
              error={fe.street}
              autoComplete="street-address"
            />
            <Field
              name="postalCode"
              label={t.postalCode}
              defaultValue={v('postalCode')}
              error={fe.postalCode}
              autoComplete="postal-code"
              placeholder={t.postalCodePlaceholder}
            />
            <Field name="city" label={t.city} defaultValue={v('city')} error={fe.city} autoComplete="address-level2" />
          </div>
        )}
      </fieldset>

      <fieldset className="card space-y-3">
        <legend className="h2 px-1">{t.payment}</legend>
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
        <legend className="h2 px-1">{t.consents}</legend>
        <CheckboxField
          name="terms"
          error={fe.terms}
          defaultChecked={f.checked('terms')}
          label={
            <>
              {t.termsBefore}{' '}
              <Link href="/regulamin" target="_blank" className="link">
                {t.termsLink}
              </Link>{' '}
              {t.termsAfter}
            </>
          }
        />
        {!company && (
          <CheckboxField name="immediateDelivery" defaultChecked={false} label={t.immediateDelivery}>
            <p className="ml-6 mt-1 text-sm text-slate-600">{t.immediateDeliveryNote}</p>
            {onlineCourses.map((c) => (
              <p key={c.title} className="ml-6 mt-1 text-sm text-slate-600" data-testid="online-course-consent">
                {t.onlineCourseConsent(c.title, c.months)}
              </p>
            ))}
          </CheckboxField>
        )}
      </fieldset>
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
