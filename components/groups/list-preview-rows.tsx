// The rows of a list preview: each row's state (errors in red, likely duplicates in amber), the
// login it will get, and for a red row a form to fix it in place.
import type { ListCheck } from '@/lib/groups/list/validate-rows';
import { describeRowError } from '@/lib/groups/list/validate-rows';
import { rowFieldErrors } from '@/lib/groups/list/row-field-errors';
import { messages } from '@/lib/i18n';
import { ScrollTable } from '@/components/forms/scroll-table';
import { RowFixForm } from '@/components/groups/row-fix-form';
import { currentLocale } from '@/lib/locale/current';

export async function ListPreviewRows({
  groupId,
  uploadId,
  check,
  logins,
  warnings,
  openRow,
}: {
  groupId: string;
  uploadId: string;
  check: ListCheck;
  logins: Record<number, string>;
  warnings: Record<number, string[]>;
  /** The row just fixed: its form stays open if it still has errors. */
  openRow?: number;
}) {
  const locale = await currentLocale();
  const t = messages(locale).groups;
  return (
    <ScrollTable label={t.previewRows} className="card p-0" cards>
      <table className="table" data-testid="preview-rows">
        <caption className="sr-only">{t.previewRows}</caption>
        <thead>
          <tr>
            <th>{t.colRow}</th>
            <th className="min-w-72">{t.colState}</th>
            <th>{t.columns.firstName}</th>
            <th>{t.columns.lastName}</th>
            <th>{t.columns.email}</th>
            <th>{t.columns.login}</th>
            <th>{t.columns.password}</th>
          </tr>
        </thead>
        <tbody>
          {check.rows.map((r) => (
            <tr
              key={r.rowNumber}
              id={`wiersz-${r.rowNumber}`}
              className={r.ok ? (warnings[r.rowNumber] ? 'bg-amber-50' : '') : 'bg-red-50'}
              data-testid={`row-${r.rowNumber}`}
            >
              <td>{r.rowNumber}</td>
              <td className="space-y-2">
                {r.ok ? (
                  <span className="font-semibold text-green-800">{t.rowOk}</span>
                ) : (
                  <ul className="space-y-1 text-red-900">
                    {r.errors.map((e, i) => (
                      <li key={i}>{describeRowError(r.rowNumber, e)}</li>
                    ))}
                  </ul>
                )}
                {warnings[r.rowNumber] && (
                  <ul className="space-y-1 text-amber-900" data-testid="row-warning">
                    {warnings[r.rowNumber].map((w) => (
                      <li key={w}>⚠ {w}</li>
                    ))}
                  </ul>
                )}
                {!r.ok && (
                  <details open={openRow === r.rowNumber || undefined} className="rounded border border-red-200 p-2">
                    <summary className="cursor-pointer font-semibold text-brand-700">{t.fix.edit}</summary>
                    <div className="mt-2 min-w-72">
                      <RowFixForm
                        groupId={groupId}
                        uploadId={uploadId}
                        rowNumber={r.rowNumber}
                        values={{
                          firstName: r.row.firstName,
                          lastName: r.row.lastName,
                          email: r.row.email ?? '',
                          login: r.row.login ?? '',
                        }}
                        hasPassword={!!r.row.password}
                        errors={rowFieldErrors(r.errors)}
                      />
                    </div>
                  </details>
                )}
              </td>
              <td>{r.row.firstName}</td>
              <td>{r.row.lastName}</td>
              <td>{r.row.email ?? '—'}</td>
              <td>
                {r.row.login ??
                  (logins[r.rowNumber] ? (
                    <span data-testid="planned-login">{t.fix.loginPlanned(logins[r.rowNumber])}</span>
                  ) : (
                    <span className="text-slate-600">{t.loginWillBeGenerated}</span>
                  ))}
              </td>
              <td>
                {r.row.password ? t.passwordGiven : <span className="text-slate-600">{t.passwordWillBeGenerated}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
