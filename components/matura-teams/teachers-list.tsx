// The school's teachers (a card per teacher on a phone); for those who may change them, each row
// opens its own edit form and has a delete button (the server refuses both when read-only).
import { messages } from '@/lib/i18n';
import type { TeachersPage } from '@/lib/matura/teams/pages';
import { deleteTeacherAction } from '@/lib/actions/planner/teams-teachers';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { ScrollTable } from '@/components/forms/scroll-table';
import { TeacherForm } from './teacher-form';
import { currentLocale } from '@/lib/locale/current';

export async function TeachersList({ schoolId, page }: { schoolId: string; page: TeachersPage }) {
  const locale = await currentLocale();
  const t = messages(locale).plannerTeams.teachers;
  if (page.teachers.length === 0) return <p className="card">{t.empty}</p>;
  return (
    <ScrollTable label={t.listLabel} className="card p-0" cards>
      <table className="table">
        <thead>
          <tr>
            <th>{t.name}</th>
            <th>{t.employment}</th>
            <th>{t.subjects}</th>
            <th>{t.account}</th>
            {page.canWork && <th>{t.edit}</th>}
          </tr>
        </thead>
        <tbody>
          {page.teachers.map((x) => (
            <tr key={x.id}>
              <td className="font-medium">{x.name}</td>
              <td>{x.external ? t.external : t.own}</td>
              <td>{x.subjectNames.length > 0 ? x.subjectNames.join(', ') : t.none}</td>
              <td>{x.userName ?? t.noAccount}</td>
              {page.canWork && (
                <td className="space-y-2">
                  <details>
                    <summary className="link cursor-pointer text-sm">{t.edit}</summary>
                    <div className="mt-3 min-w-[16rem]">
                      <TeacherForm schoolId={schoolId} subjects={page.subjects} staff={page.staff} teacher={x} />
                    </div>
                  </details>
                  <ConfirmButton
                    action={deleteTeacherAction}
                    hidden={{ schoolId, teacherId: x.id }}
                    label={t.delete}
                    confirmText={t.deleteConfirm(x.name)}
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
