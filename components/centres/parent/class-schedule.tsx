// The child's class dates in the group: a count, the next few ahead, and every date (held, ahead,
// cancelled, made up elsewhere) behind a disclosure so 32 rows do not push the payments away.
import { formatDate } from '@/lib/format/time';
import { formatClock } from '@/lib/live/learner/view';
import { messages } from '@/lib/i18n';
import type { ClassRow } from '@/lib/centres/parent/overview';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

const NEXT = 4;

export async function ClassSchedule({ classes, id }: { classes: ClassRow[]; id: string }) {
  const locale = await currentLocale();
  const t = messages(locale).centresParent.classes;
  const count = (s: ClassRow['state']) => classes.filter((c) => c.state === s).length;
  const ahead = classes.filter((c) => c.state === 'ahead').slice(0, NEXT);
  const note = (c: ClassRow) =>
    c.madeUpAt
      ? t.madeUp(
          `${formatDate(c.madeUpAt.startsAt, locale)} ${formatClock(c.madeUpAt.startsAt)}`,
          c.madeUpAt.place ?? c.madeUpAt.title,
        )
      : null;
  return (
    <section className="space-y-2" aria-labelledby={`plan-${id}`}>
      <h3 id={`plan-${id}`} className="font-semibold">
        {t.title}
      </h3>
      <p className="muted text-sm">{t.summary(count('past'), count('ahead'), count('cancelled'))}</p>
      {ahead.length > 0 && (
        <div>
          <p className="text-sm font-medium">{t.next}</p>
          <ul className="text-sm" data-testid="next-classes">
            {ahead.map((c) => (
              <li key={c.sessionId}>
                {formatDate(c.startsAt, locale)}, {formatClock(c.startsAt)}–{formatClock(c.endsAt)}
                {note(c) && <span className="muted"> — {note(c)}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary className="link cursor-pointer text-sm">{t.all(classes.length)}</summary>
        <ScrollTable label={t.title} cards>
          <table className="table" data-testid="class-dates">
            <thead>
              <tr>
                <th>{t.colDate}</th>
                <th>{t.colTime}</th>
                <th>{t.colState}</th>
              </tr>
            </thead>
            <tbody>
              {classes.map((c) => (
                <tr key={c.sessionId} className={c.state === 'cancelled' ? 'muted line-through' : undefined}>
                  <td className="whitespace-nowrap">{formatDate(c.startsAt, locale)}</td>
                  <td className="whitespace-nowrap">
                    {formatClock(c.startsAt)}–{formatClock(c.endsAt)}
                  </td>
                  <td>
                    {t[c.state]}
                    {note(c) && <span className="muted block text-xs">{note(c)}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </details>
    </section>
  );
}
