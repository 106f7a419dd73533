// An exam year's sessions, one table per day (time, exam): staff's panel and the planner's rooms.
import { messages } from '@/lib/i18n';
import type { TimetableDay } from '@/lib/matura/timetable';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

export async function TimetableDays({ days }: { days: TimetableDay[] }) {
  const locale = await currentLocale();
  const t = messages(locale).plannerTeams.timetable;
  if (days.length === 0) return <p className="card">{t.empty}</p>;
  return (
    <div className="space-y-4">
      {days.map((d) => (
        <section key={d.day} className="space-y-2" aria-labelledby={`day-${d.day}`}>
          <h2 id={`day-${d.day}`} className="h2">
            {d.label}
          </h2>
          <ScrollTable label={d.label} className="card p-0">
            <table className="table">
              <thead>
                <tr>
                  <th className="w-24">{t.time}</th>
                  <th>{t.exam}</th>
                </tr>
              </thead>
              <tbody>
                {d.sessions.map((s) => (
                  <tr key={s.id}>
                    <td>{s.time}</td>
                    <td>{s.label}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      ))}
    </div>
  );
}
