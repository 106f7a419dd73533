// Every class group for staff: teacher, members of capacity, minimum; cancelled ones last.
import Link from 'next/link';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';
import type { AgendaPage } from '@/lib/live/panel/agenda-page';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function GroupList({ groups }: { groups: AgendaPage['groups'] }) {
  const locale = await currentLocale();
  const m = messages(locale).livePanel;
  return (
    <section className="card space-y-3">
      <h2 className="h2">{m.list.groups}</h2>
      {groups.length === 0 ? (
        <p className="muted">{m.list.noGroups}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {groups.map((g) => (
            <li key={g.id} className="flex flex-wrap justify-between gap-2 py-2">
              <span>
                <Link href={`${LIVE_TEACHER_PATH}/${g.id}`} className="link font-medium">
                  {g.title}
                </Link>{' '}
                <span className="muted text-sm">{g.programme}</span>
              </span>
              <span className="muted text-sm">
                {`${g.teacher.firstName} ${g.teacher.lastName}`.trim()} · {m.group.members.toLowerCase()}{' '}
                {g._count.members}/{g.capacity} ({m.group.minimum.toLowerCase()} {g.minParticipants})
                {g.cancelledAt ? ` · ${m.list.groupCancelled}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
