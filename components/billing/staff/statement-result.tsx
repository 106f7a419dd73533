// An imported statement's result: the lines booked against a charge and, apart, the lines left
// for staff (unknown pro-forma, wrong amount, already booked) with the reason.
import { formatMoney } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import type { StatementLine } from '@/lib/billing/queries/staff';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

type Result = { fileName: string; lines: StatementLine[] };

async function Lines({ lines, label, testId }: { lines: StatementLine[]; label: string; testId: string }) {
  const locale = await currentLocale();
  const t = messages(locale).billingPanel.statements;
  const reasons: Record<string, string> = messages(locale).billingPay.statements.reasons;
  return (
    <ScrollTable label={label} cards>
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th>{t.colDate}</th>
            <th>{t.colTitle}</th>
            <th className="sm:text-right">{t.colAmount}</th>
            <th>{t.colResult}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={`${l.reference}-${i}`}>
              <td className="whitespace-nowrap">
                {l.valueDate ? formatDate(new Date(`${l.valueDate}T12:00:00Z`), locale) : '—'}
              </td>
              <td className="break-words">
                <div>
                  {l.title}
                  {l.payerName && <span className="block text-xs text-slate-600">{l.payerName}</span>}
                </div>
              </td>
              <td className="whitespace-nowrap sm:text-right">{formatMoney(l.amount, l.currency ?? 'PLN', locale)}</td>
              <td>{reasons[l.reason] ?? l.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export async function StatementResult({ result }: { result: Result }) {
  const locale = await currentLocale();
  const t = messages(locale).billingPanel.statements;
  const matched = result.lines.filter((l) => l.matched);
  const unmatched = result.lines.filter((l) => !l.matched);
  return (
    <section className="card space-y-4" aria-labelledby="wynik">
      <h2 id="wynik" className="h2">
        {t.result(result.fileName)}
      </h2>
      <p className="font-medium" role="status">
        {t.summary(matched.length, unmatched.length)}
      </p>
      {unmatched.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t.unmatched}</h3>
          <Lines lines={unmatched} label={t.unmatched} testId="statement-unmatched" />
        </div>
      )}
      {matched.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t.matched}</h3>
          <Lines lines={matched} label={t.matched} testId="statement-matched" />
        </div>
      )}
    </section>
  );
}
