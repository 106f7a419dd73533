// The payment schedule a sign-up would create (buildSchedule), shown before anyone signs:
// each charge's reason, due date and amount, the non-refundable fee marked.
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';
import { chargeLabel } from '@/lib/billing/rules/charge-label';

/** `labelKey` renders the label in the reader's language; `label` is the Polish text (shown without a key). */
export type PreviewCharge = {
  seq: number;
  label: string;
  labelKey?: unknown;
  amount: number;
  dueDate: string;
  refundable: boolean;
};

export async function SchedulePreview({
  charges,
  currency,
  recurring,
  title,
  headingId = 'harmonogram',
}: {
  charges: PreviewCharge[];
  currency: string;
  recurring: boolean;
  /** Several schedules on one page (a centre group's plans): each its own title and heading id. */
  title?: string;
  headingId?: string;
}) {
  const locale = await currentLocale();
  const t = messages(locale).billingAccount.signup;
  const total = charges.reduce((s, c) => s + c.amount, 0);
  const heading = title ?? t.schedule;
  return (
    <section className="card space-y-3" aria-labelledby={headingId}>
      <h2 id={headingId} className="h2">
        {heading}
      </h2>
      <ScrollTable label={heading} cards>
        <table className="table" data-testid="schedule-preview">
          <thead>
            <tr>
              <th>{t.colWhat}</th>
              <th>{t.colDue}</th>
              <th className="sm:text-right">{t.colAmount}</th>
            </tr>
          </thead>
          <tbody>
            {charges.map((c) => (
              <tr key={c.seq}>
                <td>
                  <div>
                    <ChargeText charge={c} locale={locale} />
                    {!c.refundable && <span className="ml-2 text-xs text-slate-600">({t.nonRefundable})</span>}
                  </div>
                </td>
                <td className="whitespace-nowrap">{formatDate(new Date(`${c.dueDate}T00:00:00Z`), locale)}</td>
                <td className="whitespace-nowrap sm:text-right">{formatMoney(c.amount, currency, locale)}</td>
              </tr>
            ))}
          </tbody>
          {charges.length > 1 && (
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t.total}
                </th>
                <td className="sm:text-right font-semibold">{formatMoney(total, currency, locale)}</td>
              </tr>
            </tfoot>
          )}
        </table>
      </ScrollTable>
      {recurring && <p className="muted text-sm">{t.scheduleNext}</p>}
    </section>
  );
}

function ChargeText({ charge, locale }: { charge: PreviewCharge; locale: string }) {
  const l = chargeLabel(charge, locale);
  return l.lang ? <span lang={l.lang}>{l.text}</span> : <>{l.text}</>;
}
