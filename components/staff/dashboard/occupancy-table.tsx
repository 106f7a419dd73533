// Each live group's next class within two weeks: seats taken of its capacity, drawn as a bar with
// the numbers written beside it, the groups below their minimum first and marked in words.
import Link from 'next/link';
import { ScrollTable } from '@/components/forms/scroll-table';
import type { StaffDashboard } from '@/lib/panel/dashboard/dashboard';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

type Classes = NonNullable<StaffDashboard['classes']>;

export async function OccupancyTable({ classes }: { classes: Classes }) {
  const locale = await currentLocale();
  const t = messages(locale).panel.dashboard.classes;
  if (classes.rows.length === 0) return <p className="card muted">{classes.empty}</p>;
  return (
    <div className="card space-y-3">
      <h3 className="text-lg font-semibold text-slate-900">{t.tableTitle}</h3>
      <ScrollTable label={t.tableTitle} cards>
        <table className="table" data-testid="occupancy-table">
          <thead>
            <tr>
              <th scope="col">{t.colGroup}</th>
              <th scope="col">{t.colWhen}</th>
              <th scope="col">{t.colSeats}</th>
              <th scope="col">{t.colMinimum}</th>
            </tr>
          </thead>
          <tbody>
            {classes.rows.map((r) => {
              const share = r.capacity ? Math.min(1, r.taken / r.capacity) : 0;
              return (
                <tr key={r.key}>
                  <td>
                    <Link className="link" href={r.href}>
                      {r.title}
                    </Link>
                  </td>
                  <td className="whitespace-nowrap">{r.startsAt}</td>
                  <td className="min-w-40">
                    <span className="tabular-nums">{t.seatsOf(r.taken, r.capacity)}</span>
                    <span className="mt-1 block h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
                      <span
                        className={`block h-full rounded-full ${r.below ? 'bg-amber-600' : 'bg-brand-600'}`}
                        style={{ width: `${share * 100}%` }}
                      />
                    </span>
                  </td>
                  <td className="tabular-nums">
                    {r.minParticipants}
                    {r.below && (
                      <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
                        {t.below}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
      <p className="text-sm">
        {classes.more > 0 && <span className="mr-2 text-slate-700">{t.more(classes.more)}</span>}
        <Link className="link" href={classes.href}>
          {t.all}
        </Link>
      </p>
    </div>
  );
}
