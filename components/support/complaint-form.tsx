'use client';
// The complaint form (/reklamacje): anyone may file; a signed-in buyer may pick one of their orders.
import { SelectField, TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { SenderFields } from '@/components/support/sender-fields';
import { fileComplaint } from '@/lib/actions/support/file-complaint';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function ComplaintForm({
  name,
  email,
  orders,
  orderId,
}: {
  name: string;
  email: string;
  /** The signed-in buyer's orders; null for an anonymous visitor. */
  orders: { value: string; label: string }[] | null;
  orderId: string;
}) {
  const locale = useLocale();
  const t = messages(locale).support.complaints;
  const f = useFormAction(fileComplaint);
  return (
    <form action={f.action} className="space-y-4" noValidate>
      <FormMessage state={f.state} />
      <SenderFields form={f} name={name} email={email} labels={t.fields} />
      {orders && (
        <SelectField
          name="orderId"
          label={t.fields.order}
          defaultValue={f.value('orderId', orderId)}
          error={f.error('orderId')}
        >
          <option value="">{t.fields.orderNone}</option>
          {orders.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      )}
      <TextAreaField
        name="description"
        label={t.fields.description}
        rows={6}
        defaultValue={f.value('description', '')}
        error={f.error('description')}
        hint={orders ? undefined : t.fields.orderNumberHint}
        required
      />
      <TextAreaField
        name="demand"
        label={t.fields.demand}
        rows={3}
        defaultValue={f.value('demand', '')}
        error={f.error('demand')}
        hint={t.fields.demandHint}
        required
      />
      <SubmitButton className="btn-primary">{t.submit}</SubmitButton>
    </form>
  );
}
