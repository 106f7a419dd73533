// The preview of a student file: a summary, then every row with its cells; a wrong cell is marked
// and its error written under it, so the school fixes the file knowing row and column.
import { messages } from '@/lib/i18n';
import { confirmStudentImportAction, discardStudentImportAction } from '@/lib/actions/planner/student-import';
import type { ImportPreview as Preview } from '@/lib/matura/students/student-import';
import { STUDENT_COLUMNS } from '@/lib/matura/rules/student-row';
import { ActionForm } from '@/components/forms/action-form';
import { Notice } from '@/components/forms/notice';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

export async function ImportPreview({
  schoolId,
  preview,
  canConfirm,
}: {
  schoolId: string;
  preview: Preview;
  canConfirm: boolean;
}) {
  const locale = await currentLocale();
  const t = messages(locale).plannerStudents;
  const ok = preview.errorCount === 0;
  const hidden = { schoolId, importId: preview.id };
  return (
    <section className="space-y-4">
      <h2 className="h2">{t.import.previewTitle(preview.fileName)}</h2>
      <Notice tone={ok ? 'success' : 'error'} role="status" data-testid="import-summary">
        {ok ? t.import.previewOk(preview.rows.length) : t.import.previewErrors(preview.errorCount, preview.rows.length)}
      </Notice>
      {canConfirm && (
        <div className="flex flex-wrap gap-3">
          {ok && (
            <ActionForm
              action={confirmStudentImportAction}
              hidden={hidden}
              submit={t.import.confirm(preview.rows.length)}
            />
          )}
          <ActionForm
            action={discardStudentImportAction}
            hidden={hidden}
            submit={t.import.discard}
            buttonClass="btn-secondary"
          />
        </div>
      )}
      <ScrollTable label={t.import.previewTitle(preview.fileName)} cards>
        <table className="table" data-testid="import-rows">
          <thead>
            <tr>
              <th>{t.import.row}</th>
              {STUDENT_COLUMNS.map((c) => (
                <th key={c}>{t.columns[c]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.rowNumber} className={r.value ? undefined : 'bg-red-50'}>
                <td>{r.rowNumber}</td>
                {STUDENT_COLUMNS.map((c) => (
                  <td key={c}>
                    {r.cells[c] ?? ''}
                    {r.errors[c] && <span className="field-error block">{r.errors[c]}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
