'use client';
// The staff form of a new promotional code, each error beside its field (code format, dates in
// order, percent 1–100, amount > 0 with its currency, limits, products).
import { CheckboxField, Field, SelectField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { createCode } from '@/lib/actions/billing/discounts-codes';
import { CURRENCIES } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function DiscountCodeForm({ today }: { today: string }) {
  const locale = useLocale();
  const t = messages(locale).discounts.panel.form;
  const f = useFormAction(createCode);
  return (
    <form action={f.action} className="card space-y-3" noValidate>
      <FormMessage state={f.state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="code"
          label={t.code}
          hint={t.codeHint}
          defaultValue={f.value('code', '')}
          error={f.error('code')}
          autoCapitalize="characters"
          maxLength={30}
        />
        <SelectField
          name="kind"
          label={t.kind}
          defaultValue={f.value('kind', 'PERCENT')}
          error={f.error('kind')}
          options={[
            { value: 'PERCENT', label: t.percent },
            { value: 'AMOUNT', label: t.amount },
          ]}
        />
        <Field
          name="value"
          label={t.value}
          hint={t.valueHint}
          defaultValue={f.value('value', '')}
          error={f.error('value')}
          inputMode="decimal"
        />
        <SelectField
          name="currency"
          label={t.currency}
          defaultValue={f.value('currency', 'PLN')}
          error={f.error('currency')}
          options={CURRENCIES.map((c) => ({ value: c, label: c }))}
        />
        <Field
          name="validFrom"
          type="date"
          label={t.validFrom}
          defaultValue={f.value('validFrom', today)}
          error={f.error('validFrom')}
        />
        <Field
          name="validTo"
          type="date"
          label={t.validTo}
          defaultValue={f.value('validTo', '')}
          error={f.error('validTo')}
        />
        <Field
          name="maxUses"
          label={t.maxUses}
          hint={t.limitHint}
          defaultValue={f.value('maxUses', '')}
          error={f.error('maxUses')}
          inputMode="numeric"
        />
        <Field
          name="maxUsesPerPayer"
          label={t.maxUsesPerPayer}
          hint={t.limitHint}
          defaultValue={f.value('maxUsesPerPayer', '1')}
          error={f.error('maxUsesPerPayer')}
          inputMode="numeric"
        />
      </div>
      <Field
        name="products"
        label={t.products}
        hint={t.productsHint}
        defaultValue={f.value('products', '')}
        error={f.error('products')}
      />
      <CheckboxField
        name="combinable"
        label={t.combinable}
        defaultChecked={f.checked('combinable')}
        error={f.error('combinable')}
      />
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
