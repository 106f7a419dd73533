'use client';
// "Zakończ umowę" in two steps: first what ending now means (the end date, a refund, what is
// still owed — computed on the server by quoteTermination), then the confirmation.
import { useEffect, useRef, useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { Notice } from '@/components/forms/notice';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { giveNoticeAction } from '@/lib/actions/billing/give-notice';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function EndContract({
  contractId,
  endsOn,
  refund,
  owed,
  kind,
  lines = [],
}: {
  contractId: string;
  /** Already formatted for people. */
  endsOn: string;
  refund: string | null;
  owed: string | null;
  /** What this ending is: the statutory withdrawal (with its last day, and an early start) or a notice. */
  kind?: { withdrawal: { lastDay: string; early: boolean } | null };
  /** The settlement's lines, formatted ("Zapłacono", "Za część spełnioną", "Do zwrotu"). */
  lines?: { label: string; amount: string }[];
}) {
  const locale = useLocale();
  const t = messages(locale).billingAccount.end;
  const f = useFormAction(giveNoticeAction);
  const [open, setOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  return (
    <form action={f.action} className="space-y-3">
      <FormMessage state={f.state} />
      <input type="hidden" name="contractId" value={contractId} />
      {!open ? (
        <button type="button" className="btn-secondary" onClick={() => setOpen(true)}>
          {t.preview}
        </button>
      ) : (
        <Notice tone="warning" as="div" className="space-y-2" data-testid="end-preview">
          <h3 ref={heading} tabIndex={-1} className="font-semibold">
            {t.confirmHeading}
          </h3>
          {kind?.withdrawal && <p>{t.kindWithdrawal(kind.withdrawal.lastDay)}</p>}
          {kind?.withdrawal?.early && <p>{t.kindWithdrawalEarly}</p>}
          {kind && !kind.withdrawal && <p>{t.kindNotice}</p>}
          <p>{t.endsOn(endsOn)}</p>
          {lines.length > 0 && (
            <dl className="grid grid-cols-[1fr_auto] gap-x-4 text-sm" aria-label={t.linesHeading}>
              {lines.map((l) => (
                <div key={l.label} className="contents">
                  <dt>{l.label}</dt>
                  <dd className="text-right tabular-nums">{l.amount}</dd>
                </div>
              ))}
            </dl>
          )}
          {refund && <p>{t.refund(refund)}</p>}
          {owed && <p>{t.owed(owed)}</p>}
          {!refund && !owed && <p>{t.nothing}</p>}
          <input type="hidden" name="confirmed" value="yes" />
          <div className="flex flex-wrap gap-3">
            <SubmitButton className="btn-danger">{t.confirm}</SubmitButton>
            <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
              {t.back}
            </button>
          </div>
        </Notice>
      )}
    </form>
  );
}
