// One session on /zajecia: when, what, its state for the learner (booked / waiting place / free
// seats / full) and the one action that fits, with the join button only inside the join window.
import { messages } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format/time';
import { formatClock, sessionState } from '@/lib/live/learner/view';
import type { UpcomingSession } from '@/lib/live/learner/overview';
import { ActionForm } from '@/components/forms/action-form';
import { bookLiveSession, cancelLiveBooking } from '@/lib/actions/live/learner-booking';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';
import { currentLocale } from '@/lib/locale/current';

const BADGE = {
  booked: 'bg-green-100 text-green-900',
  waiting: 'bg-amber-100 text-amber-900',
  free: 'bg-slate-100 text-slate-800',
  full: 'bg-red-100 text-red-900',
} as const;

export async function SessionItem({
  s,
  learnerId,
  self,
  now,
  contentLang,
}: {
  s: UpcomingSession;
  learnerId: string;
  /** The signed-in person is the learner; else a parent, who may join on the child's behalf. */
  self: boolean;
  now: Date;
  /** The language the class titles are written in, when the page around them may be in another. */
  contentLang?: string;
}) {
  const locale = await currentLocale();
  const t = messages(locale).liveLearner;
  const state = sessionState(s, now);
  const hidden = { learnerId, sessionId: s.sessionId };
  const label =
    state.kind === 'booked'
      ? t.booked
      : state.kind === 'waiting'
        ? t.waiting(state.place)
        : state.kind === 'free'
          ? t.free(state.seatsLeft)
          : t.full;
  return (
    <li className="card flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between" data-testid="live-session">
      <div className="min-w-0 space-y-1">
        <p className="font-semibold">
          <time dateTime={s.startsAt.toISOString()}>{formatDateTime(s.startsAt, locale)}</time>
          <span className="text-slate-500"> – {formatClock(s.endsAt)}</span>
        </p>
        <h3 className="font-medium break-words" lang={s.title ? contentLang : undefined}>
          {s.title ?? t.slot}
        </h3>
        <p className="muted text-sm">
          {s.place ?? t.online}
          {s.teacher && ` · ${t.teacher(s.teacher)}`}
        </p>
        <p className="flex flex-wrap gap-2 text-sm">
          <span className={`rounded-full px-2 py-0.5 ${BADGE[state.kind]}`} data-testid="live-state">
            {label}
          </span>
          {s.booking?.kind === 'MAKEUP' && (
            <span className="rounded-full bg-brand-50 px-2 py-0.5 text-brand-800">
              {t.makeUpBadge}
              {s.booking.charge === 'single-class-price' && ` · ${t.charged}`}
            </span>
          )}
        </p>
        {state.kind === 'booked' && (
          <p className="muted text-sm">
            {state.mayCancel
              ? t.cancelUntil(formatDateTime(state.cancelClosedAt, locale))
              : t.cancelClosed(formatDateTime(state.cancelClosedAt, locale))}
          </p>
        )}
      </div>
      <div className="flex shrink-0 flex-col gap-2 sm:items-end">
        {state.kind === 'booked' && !self && <p className="muted text-sm">{t.joinForChild}</p>}
        {state.kind === 'booked' &&
          (state.join === 'open' ? (
            <a
              href={`${LIVE_LEARNER_PATH}/pokoj/${s.sessionId}${self ? '' : `?dla=${encodeURIComponent(learnerId)}`}`}
              className="btn-primary"
              data-testid="live-join"
            >
              {t.join}
            </a>
          ) : (
            <p className="muted text-sm">{t.joinOpens(formatDateTime(state.join, locale))}</p>
          ))}
        {state.kind === 'booked' && state.mayCancel && (
          <ActionForm action={cancelLiveBooking} hidden={hidden} submit={t.cancel} buttonClass="btn-secondary" />
        )}
        {state.kind === 'waiting' && (
          <ActionForm action={cancelLiveBooking} hidden={hidden} submit={t.leaveWaitlist} buttonClass="btn-secondary" />
        )}
        {state.kind === 'free' && <ActionForm action={bookLiveSession} hidden={hidden} submit={t.book} />}
        {state.kind === 'full' && (
          <ActionForm action={bookLiveSession} hidden={hidden} submit={t.joinWaitlist} buttonClass="btn-secondary" />
        )}
      </div>
    </li>
  );
}
