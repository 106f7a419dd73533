'use client';
// The "Poproś o fakturę" form: the address an invoice needs, each error beside its field.
import { useFormAction } from '@/components/forms/use-form-action';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { AddressFields, type CountryChoice } from '@/components/invoices/address-fields';
import { requestInvoice } from '@/lib/actions/invoices/request-invoice';
import type { PostalAddress } from '@/lib/invoices/address-schema';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function InvoiceRequestForm({
  orderId,
  until,
  initial,
  countries,
}: {
  orderId: string;
  until: string;
  initial: PostalAddress;
  countries: readonly CountryChoice[];
}) {
  const locale = useLocale();
  const t = messages(locale).invoices.request;
  const f = useFormAction(requestInvoice);
  return (
    // Open again after a refusal, so the errors beside the fields are seen.
    <details className="rounded-lg border border-slate-200 p-3" open={f.failed || undefined}>
      <summary className="cursor-pointer font-medium">{t.open}</summary>
      <form action={f.action} noValidate className="mt-3 space-y-4">
        <p className="text-sm text-slate-700">{until}</p>
        <FormMessage state={f.state} />
        <input type="hidden" name="orderId" value={orderId} />
        <AddressFields f={f} initial={initial} countries={countries} />
        <SubmitButton className="btn-primary">{t.submit}</SubmitButton>
      </form>
    </details>
  );
}
