'use client';
// Booking a bank transfer by hand against one open charge: its amount (a wrong one is refused
// beside the field), the title and the day it arrived. Booked once however many staff click.
import { useState } from 'react';
import { Field, SelectField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { bookTransferAction } from '@/lib/actions/billing/book-transfer';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

type Charge = { id: string; label: string; amount: number; title: string };
const zloty = (n: number) => (n / 100).toFixed(2).replace('.', ',');

export function TransferForm({ number, charges, today }: { number: string; charges: Charge[]; today: string }) {
  const locale = useLocale();
  const t = messages(locale).billingPanel.actions;
  const f = useFormAction(bookTransferAction);
  const [chosen, setChosen] = useState(f.value('chargeId', charges[0].id));
  const charge = charges.find((c) => c.id === chosen) ?? charges[0];
  return (
    <form action={f.action} className="space-y-3" noValidate data-testid="transfer-form">
      <FormMessage state={f.state} />
      <input type="hidden" name="number" value={number} />
      <SelectField
        name="chargeId"
        label={t.transferCharge}
        defaultValue={chosen}
        onChange={(e) => setChosen(e.target.value)}
        error={f.error('chargeId')}
        options={charges.map((c) => ({ value: c.id, label: c.label }))}
      />
      <Field
        key={`a-${charge.id}`}
        name="amount"
        label={t.transferAmount}
        inputMode="decimal"
        defaultValue={f.value('amount', zloty(charge.amount))}
        error={f.error('amount')}
      />
      <Field
        key={`t-${charge.id}`}
        name="title"
        label={t.transferTitle}
        defaultValue={f.value('title', charge.title)}
        error={f.error('title')}
      />
      <Field
        name="bookedOn"
        type="date"
        label={t.transferDate}
        defaultValue={f.value('bookedOn', today)}
        error={f.error('bookedOn')}
      />
      <SubmitButton className="btn-primary">{t.transferSubmit}</SubmitButton>
    </form>
  );
}
