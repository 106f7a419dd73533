// The student list: class, name, formula, the declaration's state and the paper check; each row
// opens the student's page. On a phone each row is a card.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { formatDate } from '@/lib/format/time';
import { plannerPath } from '@/lib/licence/paths';
import type { ListedStudent } from '@/lib/matura/students/student-list';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

export async function StudentTable({ schoolId, students }: { schoolId: string; students: ListedStudent[] }) {
  const locale = await currentLocale();
  const t = messages(locale).plannerStudents;
  const state = (s: ListedStudent) =>
    s.declaration.kind === 'none' ? (
      <span className="muted">{t.declarationState.none}</span>
    ) : s.declaration.kind === 'errors' ? (
      <span className="font-medium text-red-700">{t.declarationState.errors(s.declaration.count)}</span>
    ) : (
      <span className="text-green-800">{t.declarationState.complete}</span>
    );
  return (
    <ScrollTable label={t.title} cards>
      <table className="table" data-testid="student-table">
        <thead>
          <tr>
            <th>{t.columns.className}</th>
            <th>{t.columns.lastName}</th>
            <th>{t.columns.firstName}</th>
            <th>{t.columns.formula}</th>
            <th>{t.columns.declaration}</th>
            <th>{t.columns.checked}</th>
          </tr>
        </thead>
        <tbody>
          {students.map((s) => (
            <tr key={s.id}>
              <td>{s.className}</td>
              <td>
                <Link href={plannerPath(schoolId, 'students', `/${s.id}`)} className="link">
                  {s.lastName}
                </Link>
              </td>
              <td>{s.firstName}</td>
              <td>{s.formula}</td>
              <td>{state(s)}</td>
              <td>
                {s.checked ? (
                  t.checked.yes(s.checked.by, formatDate(s.checked.at, locale))
                ) : (
                  <span className="muted">{t.checked.no}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** The list one class at a time: a link per class and one for all (the address keeps the choice). */
export async function ClassFilter({
  schoolId,
  classes,
  current,
}: {
  schoolId: string;
  classes: string[];
  current: string | null;
}) {
  const locale = await currentLocale();
  const t = messages(locale).plannerStudents;
  const link = (label: string, klasa: string | null) => (
    <Link
      key={label}
      href={plannerPath(schoolId, 'students', klasa ? `?klasa=${encodeURIComponent(klasa)}` : '')}
      aria-current={current === klasa ? 'page' : undefined}
      className={current === klasa ? 'btn-primary' : 'btn-secondary'}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label={t.filterClass} className="flex flex-wrap items-center gap-2">
      <span className="muted text-sm">{t.filterClass}:</span>
      {link(t.allClasses, null)}
      {classes.map((c) => link(c, c))}
    </nav>
  );
}
