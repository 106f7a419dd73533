// The group's sessions: seats taken of capacity, the waiting count, and per session ahead a move
// (new start, same length) and a cancel with its reason, each behind its own disclosure.
import Link from 'next/link';
import { FieldForm } from '@/components/live/panel/field-form';
import { cancelGroupSession, moveGroupSession } from '@/lib/actions/live/staff-group';
import type { GroupPage } from '@/lib/live/panel/group-page';
import { currentTime } from '@/lib/clock/clock';
import { formatDateTime } from '@/lib/format/time';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function GroupSessions({ group: g }: { group: GroupPage }) {
  const locale = await currentLocale();
  const t = messages(locale).livePanel.group;
  const now = currentTime();
  return (
    <section className="card space-y-4">
      <h2 className="h2">
        {t.sessions} ({g.sessions.length})
      </h2>
      <ul className="divide-y divide-slate-200">
        {g.sessions.map((s) => {
          const ahead = s.status === 'SCHEDULED' && s.startsAt > now;
          return (
            <li key={s.id} className="space-y-2 py-3" data-testid="group-session">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Link href={`${LIVE_TEACHER_PATH}/sesje/${s.id}`} className="link font-medium">
                  {formatDateTime(s.startsAt, locale)}
                </Link>
                <span className="text-sm">
                  {t.seats}: {s.taken}/{s.capacity} · {t.waiting}: {s.waiting} ·{' '}
                  <span className={s.status === 'CANCELLED' ? 'font-semibold text-red-700' : ''}>
                    {s.status === 'CANCELLED'
                      ? `${t.statusCancelled}${s.cancelReason ? ` (${s.cancelReason})` : ''}`
                      : t.statusScheduled}
                  </span>
                </span>
              </div>
              {ahead && (
                <div className="flex flex-wrap gap-4 text-sm">
                  <details>
                    <summary className="link cursor-pointer">{t.move}</summary>
                    <div className="mt-2">
                      <FieldForm
                        action={moveGroupSession}
                        hidden={{ sessionId: s.id }}
                        fields={[{ name: 'startsAt', type: 'datetime-local', label: t.moveStart }]}
                        submit={t.move}
                      />
                    </div>
                  </details>
                  <details>
                    <summary className="link cursor-pointer text-red-700">{t.cancel}</summary>
                    <div className="mt-2">
                      <FieldForm
                        action={cancelGroupSession}
                        hidden={{ sessionId: s.id }}
                        fields={[{ name: 'reason', label: t.cancelReason }]}
                        submit={t.cancelConfirm}
                        buttonClass="btn-danger"
                      />
                    </div>
                  </details>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
