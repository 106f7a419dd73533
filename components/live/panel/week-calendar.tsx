// The week's sessions in Europe/Warsaw: seven columns on wide screens, a day-by-day agenda on
// narrow ones; a session whose group is below its minimum is marked, a cancelled one struck out.
import Link from 'next/link';
import type { AgendaPage } from '@/lib/live/panel/agenda-page';
import { warsawClock, weekdayOf } from '@/lib/live/panel/week';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

const short = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}`;

export async function WeekCalendar({ agenda: a }: { agenda: AgendaPage }) {
  const locale = await currentLocale();
  const m = messages(locale).livePanel;
  const { days, prev, next } = a.week;
  const empty = a.days.every((d) => d.sessions.length === 0);
  return (
    <section className="card space-y-4" aria-labelledby="live-week">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="live-week" className="h2">
          {m.list.agenda}: {m.list.week(short(days[0]), short(days[6]))}
        </h2>
        <div className="flex gap-3 text-sm">
          <Link href={`${LIVE_TEACHER_PATH}?tydzien=${prev}`} className="link">
            {m.list.prevWeek}
          </Link>
          <Link href={`${LIVE_TEACHER_PATH}?tydzien=${next}`} className="link">
            {m.list.nextWeek}
          </Link>
        </div>
      </div>
      {empty && <p className="muted">{m.list.noSessions}</p>}
      <ol className="grid gap-3 lg:grid-cols-7">
        {a.days.map(({ day, sessions, off }) => (
          <li key={day} className={`space-y-2 ${sessions.length === 0 && !off ? 'max-lg:hidden' : ''}`}>
            <h3 className="border-b border-slate-300 pb-1 text-sm font-semibold">
              {m.weekdays[weekdayOf(day)]} {short(day)}
            </h3>
            {off && <p className="text-xs font-medium text-amber-800">{off}</p>}
            <ul className="space-y-2">
              {sessions.map((s) => (
                <li
                  key={s.id}
                  data-testid="calendar-session"
                  className={`rounded-lg border p-2 text-sm ${
                    s.belowMinimum ? 'border-amber-400 bg-amber-50' : 'border-slate-200 bg-white'
                  } ${s.status === 'CANCELLED' ? 'line-through opacity-60' : ''}`}
                >
                  <Link href={`${LIVE_TEACHER_PATH}/sesje/${s.id}`} className="link font-medium">
                    {warsawClock(s.startsAt)}–{warsawClock(s.endsAt)}
                  </Link>
                  <p className="break-words">{s.group?.title ?? m.session.kindSlot}</p>
                  <p className="muted text-xs">
                    {m.list.booked(s.taken, s.capacity)}
                    {s.status === 'CANCELLED' ? ` · ${m.list.cancelled}` : ''}
                  </p>
                  {a.staff && <p className="muted text-xs">{`${s.teacher.firstName} ${s.teacher.lastName}`.trim()}</p>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
