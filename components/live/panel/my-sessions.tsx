// A teacher's own next sessions, soonest first, each linking to its session page.
import Link from 'next/link';
import { formatDateTime } from '@/lib/format/time';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';
import type { AgendaPage } from '@/lib/live/panel/agenda-page';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function MySessions({ sessions }: { sessions: AgendaPage['mine'] }) {
  const locale = await currentLocale();
  const m = messages(locale).livePanel;
  return (
    <section className="card space-y-3" data-testid="my-sessions">
      <h2 className="h2">{m.list.mine}</h2>
      {sessions.length === 0 ? (
        <p className="muted">{m.list.noMine}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {sessions.map((s) => (
            <li key={s.id} className="flex flex-wrap justify-between gap-2 py-2">
              <Link href={`${LIVE_TEACHER_PATH}/sesje/${s.id}`} className="link font-medium">
                {formatDateTime(s.startsAt, locale)} — {s.group?.title ?? m.session.kindSlot}
              </Link>
              <span className="muted text-sm">
                {m.list.booked(s.taken, s.capacity)}
                {s.status === 'CANCELLED' ? ` · ${m.list.cancelled}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
