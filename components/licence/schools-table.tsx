// Staff's list of schools (/panel/szkoly): the latest licence's state, the discount and — for
// those who may change it — the discount form in the row.
import { messages } from '@/lib/i18n';
import type { PanelSchool } from '@/lib/licence/panel';
import { schoolDiscountAction } from '@/lib/actions/licence/school-discount';
import { ActionForm } from '@/components/forms/action-form';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

export async function SchoolsTable({ schools, canManage }: { schools: PanelSchool[]; canManage: boolean }) {
  const locale = await currentLocale();
  const t = messages(locale).licence.panel;
  if (schools.length === 0) return <p className="card">{t.empty}</p>;
  return (
    <ScrollTable label={t.title} className="card p-0" cards>
      <table className="table">
        <thead>
          <tr>
            <th>{t.columns.school}</th>
            <th>{t.columns.okeCode}</th>
            <th>{t.columns.licence}</th>
            <th>{t.columns.state}</th>
            <th>{t.columns.discount}</th>
          </tr>
        </thead>
        <tbody>
          {schools.map((s) => (
            <tr key={s.id}>
              <td>
                <div className="min-w-0">
                  <span className="block font-medium">{s.name}</span>
                  <span className="block text-xs text-slate-600">
                    {s.city}
                    {s.eco && ` · ${t.eco}`}
                  </span>
                </div>
              </td>
              <td>{s.okeCode}</td>
              <td>{s.licence}</td>
              <td>{s.state}</td>
              <td>
                {canManage ? (
                  <ActionForm
                    action={schoolDiscountAction}
                    hidden={{ schoolId: s.id }}
                    submit={t.discountSave}
                    buttonClass="btn-secondary"
                    className="flex flex-wrap items-end gap-2"
                  >
                    <label className="sr-only" htmlFor={`discount-${s.id}`}>
                      {t.discountLabel(s.name)}
                    </label>
                    <input
                      id={`discount-${s.id}`}
                      name="discount"
                      inputMode="decimal"
                      className="input w-24"
                      defaultValue={(s.discount / 100).toFixed(2).replace('.', ',')}
                    />
                  </ActionForm>
                ) : (
                  s.discountText
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
