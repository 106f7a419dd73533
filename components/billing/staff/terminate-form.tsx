'use client';
// Terminating a contract in two steps: the settlement first (end date, refund, what is owed,
// its lines — computed on the server), then the confirmation.
import { useEffect, useRef, useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { Notice } from '@/components/forms/notice';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { terminateContractAction } from '@/lib/actions/billing/terminate-contract';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function TerminateForm({
  contractId,
  number,
  endsOn,
  refund,
  owed,
  lines,
}: {
  contractId: string;
  number: string;
  endsOn: string;
  refund: string | null;
  owed: string | null;
  lines: string[];
}) {
  const locale = useLocale();
  const t = messages(locale).billingPanel.actions;
  const f = useFormAction(terminateContractAction);
  const [open, setOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  const day = new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${endsOn}T00:00:00Z`),
  );
  return (
    <form action={f.action} className="space-y-3">
      <FormMessage state={f.state} />
      <input type="hidden" name="contractId" value={contractId} />
      <input type="hidden" name="number" value={number} />
      {!open ? (
        <button type="button" className="btn-secondary" onClick={() => setOpen(true)}>
          {t.terminatePreview}
        </button>
      ) : (
        <Notice tone="warning" as="div" className="space-y-2" data-testid="terminate-preview">
          <h4 ref={heading} tabIndex={-1} className="font-semibold">
            {t.terminate}
          </h4>
          <p>{t.terminateEnds(day)}</p>
          {lines.length > 0 && (
            <ul className="list-disc pl-5 text-sm">
              {lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
          {refund && <p>{t.terminateRefund(refund)}</p>}
          {owed && <p>{t.terminateOwed(owed)}</p>}
          {!refund && !owed && <p>{t.terminateNothing}</p>}
          <input type="hidden" name="confirmed" value="yes" />
          <div className="flex flex-wrap gap-3">
            <SubmitButton className="btn-danger">{t.terminateConfirm}</SubmitButton>
            <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
              {t.terminateBack}
            </button>
          </div>
        </Notice>
      )}
    </form>
  );
}
