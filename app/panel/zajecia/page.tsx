import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { PageHeader } from '@/components/forms/page-header';
import { WeekCalendar } from '@/components/live/panel/week-calendar';
import { MySessions } from '@/components/live/panel/my-sessions';
import { GroupList } from '@/components/live/panel/group-list';
import { agendaPage } from '@/lib/live/panel/agenda-page';
import { formatDateTime } from '@/lib/format/time';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).livePanel.title };
}

export default async function LivePanel({ searchParams }: { searchParams: Promise<{ tydzien?: string }> }) {
  const locale = await currentLocale();
  const user = await requirePermission('live:teach', LIVE_TEACHER_PATH);
  const { tydzien } = await searchParams;
  const a = await agendaPage(user, tydzien);
  const m = messages(locale).livePanel;
  const manage = can(user.roles, 'live:manage');
  return (
    <div className="space-y-6">
      <PageHeader
        title={m.title}
        actions={
          <>
            {manage && (
              <Link href={`${LIVE_TEACHER_PATH}/nowa`} className="btn-primary">
                {m.newGroup}
              </Link>
            )}
            {manage && (
              <Link href={`${LIVE_TEACHER_PATH}/przerwy`} className="btn-secondary">
                {m.breaksNav}
              </Link>
            )}
            <Link href={`${LIVE_TEACHER_PATH}/terminy`} className="btn-secondary">
              {m.slotsNav}
            </Link>
          </>
        }
      />
      {user.roles.includes('TEACHER') && <MySessions sessions={a.mine} />}
      {a.belowMinimum.length > 0 && (
        <section className="card space-y-2 border-amber-400 bg-amber-50" data-testid="below-minimum">
          <h2 className="h2">{m.list.belowMinimum}</h2>
          <ul className="space-y-1 text-sm">
            {a.belowMinimum.map((b) => (
              <li key={b.sessionId}>
                <Link href={`${LIVE_TEACHER_PATH}/${b.groupId}`} className="link font-medium">
                  {b.title}
                </Link>{' '}
                — {formatDateTime(b.startsAt, locale)}: {m.list.belowMinimumLine(b.taken, b.minParticipants)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <WeekCalendar agenda={a} />
      {a.staff && <GroupList groups={a.groups} />}
    </div>
  );
}
