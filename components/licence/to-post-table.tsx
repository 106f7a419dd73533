// A10: paid licences of schools without the eco invoice whose paper invoice is still to be posted.
import { messages } from '@/lib/i18n';
import type { ToPost } from '@/lib/licence/panel';
import { invoicePostedAction } from '@/lib/actions/licence/invoice-posted';
import { ActionForm } from '@/components/forms/action-form';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

export async function ToPostTable({ rows, canManage }: { rows: ToPost[]; canManage: boolean }) {
  const locale = await currentLocale();
  const t = messages(locale).licence.panel;
  if (rows.length === 0) return <p className="card">{t.toPostEmpty}</p>;
  return (
    <ScrollTable label={t.toPost} className="card p-0" cards>
      <table className="table">
        <thead>
          <tr>
            <th>{t.invoice}</th>
            <th>{t.columns.school}</th>
            <th>{t.address}</th>
            <th>{t.columns.licence}</th>
            {canManage && <th>{t.posted}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.licenceId}>
              <td>{r.invoice}</td>
              <td>{r.school}</td>
              <td>{r.address}</td>
              <td>{t.examYear(r.examYear)}</td>
              {canManage && (
                <td>
                  <ActionForm
                    action={invoicePostedAction}
                    hidden={{ licenceId: r.licenceId }}
                    submit={t.posted}
                    buttonClass="btn-secondary"
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
