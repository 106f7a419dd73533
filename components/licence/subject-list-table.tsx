// An exam year's subjects as staff read them: name, kind, formulas, levels and the declaration's choices.
import { ScrollTable } from '@/components/forms/scroll-table';
import { messages } from '@/lib/i18n';
import type { SubjectRow } from '@/lib/matura/rules/subject-list-edit';
import { currentLocale } from '@/lib/locale/current';

export async function SubjectListTable({ examYear, rows }: { examYear: number; rows: SubjectRow[] }) {
  const locale = await currentLocale();
  const t = messages(locale).plannerSubjects;
  const c = t.columns;
  return (
    <ScrollTable label={t.tableLabel(examYear)} cards>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{c.subject}</th>
            <th scope="col">{c.code}</th>
            <th scope="col">{c.kind}</th>
            <th scope="col">{c.formulas}</th>
            <th scope="col">{c.written}</th>
            <th scope="col">{c.oral}</th>
            <th scope="col">{c.environment}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">{r.name}</th>
              <td>
                <code>{r.code}</code>
              </td>
              <td>{r.kind}</td>
              <td>{r.formulas}</td>
              <td>{r.written}</td>
              <td>{r.oral}</td>
              <td>{r.environment}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
