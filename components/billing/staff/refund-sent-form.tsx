'use client';
// Recording a refund accounting sent by bank transfer for one 'refund-due' event: the amount
// (prefilled with what is left; more is refused beside the field), the day it went out and the
// bank's reference. Recorded once however many staff click; the correcting invoice follows.
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { recordTransferRefundAction } from '@/lib/actions/billing/record-transfer-refund';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

const zloty = (n: number) => (n / 100).toFixed(2).replace('.', ',');

export function RefundSentForm({
  number,
  contractId,
  eventId,
  left,
  today,
}: {
  number: string;
  contractId: string;
  eventId: string;
  left: number;
  today: string;
}) {
  const locale = useLocale();
  const t = messages(locale).billingPanel.refundSent;
  const f = useFormAction(recordTransferRefundAction);
  return (
    <form action={f.action} className="space-y-3" noValidate data-testid="refund-sent-form">
      <FormMessage state={f.state} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="contractId" value={contractId} />
      <input type="hidden" name="eventId" value={eventId} />
      <Field
        name="amount"
        label={t.amount}
        inputMode="decimal"
        defaultValue={f.value('amount', zloty(left))}
        error={f.error('amount')}
      />
      <Field
        name="sentOn"
        type="date"
        label={t.sentOn}
        defaultValue={f.value('sentOn', today)}
        error={f.error('sentOn')}
      />
      <Field
        name="reference"
        label={t.reference}
        defaultValue={f.value('reference', '')}
        error={f.error('reference')}
      />
      <SubmitButton className="btn-primary">{t.submit}</SubmitButton>
    </form>
  );
}
