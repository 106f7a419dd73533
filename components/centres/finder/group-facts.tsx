// A centre group's facts (place, programme, ages, slot, teacher, classes, seats) and all its class
// dates, the cancelled ones marked — shown on the group page and above the enrolment form.
import { messages } from '@/lib/i18n';
import { formatDate } from '@/lib/format/time';
import type { CentreGroupPage } from '@/lib/centres/finder/group-page';
import { kindLabel, placeLabel, subjectLabel, whenLabel } from './labels';
import { currentLocale } from '@/lib/locale/current';

export async function GroupFacts({ page }: { page: CentreGroupPage }) {
  const locale = await currentLocale();
  const t = messages(locale).centresEnrol;
  const g = page.group;
  const rows: [string, string][] = [
    [t.group.place, `${placeLabel(g.centre)} (${kindLabel(g.centre.kind, locale)})`],
    [
      t.group.programme,
      `${g.programme.name} · ${subjectLabel(g.programme.subject, locale)} · ${t.schoolYear(g.schoolYear)}`,
    ],
    [t.group.ages, t.ages(g.programme.minAge, g.programme.maxAge)],
    [t.group.when, whenLabel(g.weekday, g.startTime, locale)],
    [t.group.length, t.group.duration(g.durationMinutes, g.breakMinutes)],
    [t.group.teacher, `${g.teacher.firstName} ${g.teacher.lastName}`],
    [t.group.classes, t.group.classesCount(g.classes, page.classesAhead)],
    [
      t.group.seats,
      `${page.seatsLeft > 0 ? t.seatsLeft(page.seatsLeft) : t.full}. ${t.group.size(g.minParticipants, g.capacity)}`,
    ],
  ];
  return (
    <section className="card" aria-labelledby="o-grupie">
      <h2 id="o-grupie" className="h2 mb-2">
        {t.group.facts}
      </h2>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-semibold">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export async function ClassDates({ page, now }: { page: CentreGroupPage; now: Date }) {
  const locale = await currentLocale();
  const t = messages(locale).centresEnrol.group;
  return (
    <section className="card" aria-labelledby="terminy">
      <details>
        <summary className="cursor-pointer">
          <h2 id="terminy" className="h2 inline">
            {t.dates} ({page.group.sessions.length})
          </h2>
        </summary>
        <ol className="mt-2 grid list-decimal gap-x-6 pl-6 text-sm sm:grid-cols-3">
          {page.group.sessions.map((s) => (
            <li key={s.id} className={s.status === 'CANCELLED' ? 'text-slate-500 line-through' : undefined}>
              {formatDate(s.startsAt, locale)}
              {s.status === 'CANCELLED' ? (
                <span className="ml-1 no-underline">({t.cancelledClass})</span>
              ) : s.startsAt <= now ? (
                <span className="ml-1 text-slate-600">({t.pastClass})</span>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
