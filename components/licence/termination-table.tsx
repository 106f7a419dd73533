// A16: paid licences still running, with the refund if the school ended the contract today for
// non-performance; staff who manage contracts end it here (the refund is confirmed first).
import { messages } from '@/lib/i18n';
import type { TerminableLicence } from '@/lib/licence/lifecycle/termination';
import { terminateLicenceAction } from '@/lib/actions/licence/termination';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

export async function TerminationTable({ rows, canTerminate }: { rows: TerminableLicence[]; canTerminate: boolean }) {
  const locale = await currentLocale();
  const t = messages(locale).plannerLifecycle.termination;
  const year = messages(locale).licence.panel.examYear;
  if (rows.length === 0) return <p className="card">{t.empty}</p>;
  return (
    <ScrollTable label={t.title} className="card p-0" cards>
      <table className="table">
        <thead>
          <tr>
            <th>{t.columns.school}</th>
            <th>{t.columns.licence}</th>
            <th>{t.columns.paid}</th>
            <th>{t.columns.refund}</th>
            {canTerminate && <th>{t.submit}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.licenceId}>
              <td>{r.school}</td>
              <td>{year(r.examYear)}</td>
              <td>{r.paid}</td>
              <td>{t.refund(r.refundText, r.daysLeft, r.daysPaid)}</td>
              {canTerminate && (
                <td>
                  <ConfirmButton
                    action={terminateLicenceAction}
                    hidden={{ licenceId: r.licenceId }}
                    label={t.submit}
                    confirmText={t.confirm(r.school, r.refundText)}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
