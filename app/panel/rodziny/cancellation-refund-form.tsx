'use client';
// Staff refund of a resignation or withdrawal in two steps, like the order refund
// (components/checkout/refund-form.tsx): the amount, who gets it and what happens to access first.
import { useEffect, useRef, useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { Notice } from '@/components/forms/notice';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { refundCancellation } from '@/lib/actions/families/staff';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function CancellationRefundForm({
  cancellationId,
  amount,
  email,
  access,
  sibling,
}: {
  cancellationId: string;
  /** The payout, formatted. */
  amount: string;
  email: string;
  /** What happened to the child's access, said as the facts are. */
  access: string;
  /** The §5.3 adjustment, when there is one. */
  sibling: string | null;
}) {
  const locale = useLocale();
  const t = messages(locale).panel.families;
  const f = useFormAction(refundCancellation);
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  // Every answer (done or refused) closes the confirmation, with the outcome shown.
  useEffect(() => setConfirming(false), [f.state]);
  useEffect(() => {
    if (confirming) heading.current?.focus();
  }, [confirming]);
  return (
    <form action={f.action} className="space-y-2">
      <FormMessage state={f.state} />
      <input type="hidden" name="cancellationId" value={cancellationId} />
      {!confirming && !f.ok && (
        <button type="button" className="btn-primary" onClick={() => setConfirming(true)}>
          {t.refund}
        </button>
      )}
      {confirming && (
        <Notice tone="warning" as="div" small className="space-y-2" data-testid="cancellation-refund-confirm">
          <h3 ref={heading} tabIndex={-1} className="font-semibold">
            {t.refundConfirmHeading}
          </h3>
          <p>{t.refundConfirmAmount(amount, email)}</p>
          {sibling && <p>{sibling}</p>}
          <p>{access}</p>
          <p>{t.refundSiblingsKept}</p>
          <input type="hidden" name="confirmed" value="yes" />
          <div className="flex flex-wrap gap-2">
            <SubmitButton className="btn-danger">{t.refundConfirmSubmit}</SubmitButton>
            <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
              {t.refundBack}
            </button>
          </div>
        </Notice>
      )}
    </form>
  );
}
