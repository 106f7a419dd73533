// The rows of /panel/grupy: company (→ the group), course, order (→ staff order page), seats,
// the step the group is at, and the next final report's date.
import Link from 'next/link';
import type { StaffGroupState } from '@/lib/groups/staff-list';
import { formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

type Row = {
  id: string;
  companyName: string;
  courseTitle: string;
  order: { id: string; number: string };
  seats: number;
  seatsUsed: number;
  active: boolean;
  state: StaffGroupState;
  nextReportDue: Date | null;
};

export async function StaffGroupsTable({ groups }: { groups: Row[] }) {
  const locale = await currentLocale();
  const t = messages(locale).groups.staffList;
  if (groups.length === 0) return <p className="card">{t.none}</p>;
  return (
    <ScrollTable label={t.table} className="card p-0">
      <table className="table" data-testid="staff-groups">
        <thead>
          <tr>
            <th>{t.colCompany}</th>
            <th>{t.colCourse}</th>
            <th>{t.colOrder}</th>
            <th>{t.colSeats}</th>
            <th>{t.colState}</th>
            <th>{t.colReport}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.id} data-testid="staff-group">
              <td>
                <Link className="link" href={`/grupy/${g.id}`}>
                  {g.companyName}
                </Link>
                {!g.active && <span className="block text-xs text-red-800">{t.inactive}</span>}
              </td>
              <td>{g.courseTitle}</td>
              <td>
                <Link className="link" href={`/panel/zamowienia/${g.order.id}`}>
                  {g.order.number}
                </Link>
              </td>
              <td>{t.seats(g.seatsUsed, g.seats)}</td>
              <td>
                {t.states[g.state]}
                {g.state === 'agreement' && (
                  <Link className="link block text-xs" href={`/panel/umowy?grupa=${g.id}#poczta`}>
                    {t.byPost}
                  </Link>
                )}
              </td>
              <td>{g.nextReportDue ? formatDate(g.nextReportDue, locale) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
