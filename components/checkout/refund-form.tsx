'use client';
// A staff refund in two steps: the amount, reason and items, then a confirmation that says how
// much PayU will return and what happens to access (a full refund ends every item's access).
import { useEffect, useRef, useState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { Notice } from '@/components/forms/notice';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { refundOrder } from '@/lib/actions/checkout/refund-order';
import { formatMoney, parseZloty } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

type Summary = { key: string; amount: string; full: boolean; revoked: string[] };

export function RefundForm({
  orderId,
  maxAmount,
  currency,
  items,
  closedNote,
}: {
  orderId: string;
  /** What is left to refund; 0 once the order is refunded in full (or not paid). */
  maxAmount: number;
  currency: string;
  items: { id: string; label: string }[];
  /** Shown instead of the fields when nothing can be refunded. */
  closedNote: string;
}) {
  const locale = useLocale();
  const t = messages(locale).checkout.refundForm;
  const f = useFormAction(refundOrder);
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  // Every answer (done or refused) brings the first step back, with the outcome above it.
  useEffect(() => setSummary(null), [f.state]);
  useEffect(() => {
    if (summary) heading.current?.focus();
  }, [summary]);

  function review() {
    const data = new FormData(form.current!);
    const amount = parseZloty(String(data.get('amount') ?? ''));
    if (amount === null) {
      form.current!.requestSubmit(); // the server names the field's error
      return;
    }
    const checked = new Set(data.getAll('items').map(String));
    const full = amount >= maxAmount;
    setSummary({
      key: crypto.randomUUID(),
      amount: formatMoney(amount, currency, locale),
      full,
      revoked: items.filter((i) => full || checked.has(i.id)).map((i) => i.label),
    });
  }

  // Stays mounted after a full refund, so the outcome of the last one is still read out.
  if (maxAmount <= 0)
    return (
      <div className="space-y-3">
        <FormMessage state={f.state} />
        <p className="muted text-sm">{closedNote}</p>
      </div>
    );
  return (
    <form ref={form} action={f.action} className="space-y-3">
      <FormMessage state={f.state} />
      <input type="hidden" name="orderId" value={orderId} />
      <div className="space-y-3" hidden={summary !== null}>
        <Field
          name="amount"
          label={t.amount}
          defaultValue={f.value('amount', (maxAmount / 100).toFixed(2).replace('.', ','))}
          error={f.error('amount')}
          inputMode="decimal"
        />
        <Field
          name="description"
          label={t.reason}
          defaultValue={f.value('description', t.defaultReason)}
          error={f.error('description')}
        />
        <fieldset className="space-y-1">
          <legend className="label">{t.revokeItems}</legend>
          {items.map((i) => (
            <label key={i.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="items" value={i.id} defaultChecked className="h-4 w-4" /> {i.label}
            </label>
          ))}
        </fieldset>
        <button type="button" className="btn-primary" onClick={review}>
          {t.submit}
        </button>
      </div>
      {summary && (
        <Notice tone="warning" as="div" className="space-y-3">
          <h3 ref={heading} tabIndex={-1} className="font-semibold">
            {t.confirmHeading}
          </h3>
          <p>{t.confirmAmount(summary.amount)}</p>
          <p>
            {summary.full
              ? t.confirmFull
              : summary.revoked.length > 0
                ? t.confirmRevoke(summary.revoked.join(', '))
                : t.confirmKeep}
          </p>
          <input type="hidden" name="confirmed" value="yes" />
          <input type="hidden" name="refundKey" value={summary.key} />
          <div className="flex flex-wrap gap-3">
            <SubmitButton className="btn-danger">{t.confirmSubmit}</SubmitButton>
            <button type="button" className="btn-secondary" onClick={() => setSummary(null)}>
              {t.back}
            </button>
          </div>
        </Notice>
      )}
    </form>
  );
}
