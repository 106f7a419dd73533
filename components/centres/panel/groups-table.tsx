// A school year's groups for staff: programme and centre, weekday and time, teacher, children
// enrolled of the seats, with a warning below the minimum of 6.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { ScrollTable } from '@/components/forms/scroll-table';
import { panelCentreGroupPath } from '@/lib/centres/paths';
import type { PanelGroupRow } from '@/lib/centres/panel/queries';
import { currentLocale } from '@/lib/locale/current';

export function seatsTone(enrolled: number, capacity: number, min: number) {
  if (enrolled >= capacity) return 'bg-slate-200 text-slate-900';
  return enrolled < min ? 'bg-amber-100 text-amber-900' : 'bg-green-100 text-green-900';
}

export async function CentreGroupsTable({ rows }: { rows: PanelGroupRow[] }) {
  const locale = await currentLocale();
  const m = messages(locale).centresPanel;
  const t = m.groups;
  if (rows.length === 0) return <p className="card muted">{t.none}</p>;
  return (
    <ScrollTable label={t.title} cards className="card p-0">
      <table className="table" data-testid="panel-centre-groups">
        <thead>
          <tr>
            <th>{t.colGroup}</th>
            <th>{t.colWhen}</th>
            <th>{t.colTeacher}</th>
            <th className="sm:text-right">{t.colSeats}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => {
            const lg = g.liveGroup;
            return (
              <tr key={g.id}>
                <td>
                  <div>
                    <Link className="link font-medium" href={panelCentreGroupPath(g.id)}>
                      {g.programme.name}
                    </Link>
                    <span className="block text-xs text-slate-600">
                      {g.centre.name} · {m.form.yearLabel(g.schoolYear)}
                    </span>
                  </div>
                </td>
                <td>
                  <div className="whitespace-nowrap">
                    {t.when(messages(locale).livePanel.weekdays[lg.weekday], lg.startTime)}
                  </div>
                </td>
                <td>
                  <div>
                    {lg.teacher.firstName} {lg.teacher.lastName}
                  </div>
                </td>
                <td className="sm:text-right">
                  <div className="space-y-1">
                    <span
                      className={`inline-block rounded-full px-3 py-0.5 text-sm font-semibold ${seatsTone(g.enrolled, lg.capacity, lg.minParticipants)}`}
                    >
                      {t.seats(g.enrolled, lg.capacity)}
                    </span>
                    {lg.cancelledAt ? (
                      <span className="block text-xs text-red-800">{t.cancelled}</span>
                    ) : g.enrolled >= lg.capacity ? (
                      <span className="block text-xs">{t.full}</span>
                    ) : (
                      g.enrolled < lg.minParticipants && (
                        <span className="block text-xs text-amber-900">{t.belowMinimum(lg.minParticipants)}</span>
                      )
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
