// /zajecia: the live classes a learner (or a parent, for each child) may attend, booking, the
// waiting list, make-ups, individual slots, joining, recordings and the private calendar feed.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { messages } from '@/lib/i18n';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';
import { feedCreatedAt, learnersOf, makeUpChoicesFor, pastFor, upcomingFor } from '@/lib/live/learner/overview';
import { makeUpTerms, pickLearner } from '@/lib/live/learner/view';
import { Notice } from '@/components/forms/notice';
import { ActionForm } from '@/components/forms/action-form';
import { SessionItem } from '@/components/live/session-item';
import { MakeUpForm } from '@/components/live/make-up-form';
import { CalendarBox } from '@/components/live/calendar-box';
import { PastSessions } from '@/components/live/past-sessions';
import { bookLiveSession } from '@/lib/actions/live/learner-booking';
import { learnerMaterials } from '@/lib/live-maths/materials';
import { MaterialsList } from '@/components/live-maths/materials-list';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).liveLearner.title };
}

const ROOM_REASONS = ['unavailable', 'ended', 'closed', 'refused'] as const;

export default async function LiveClassesPage({
  searchParams,
}: {
  searchParams: Promise<{ dla?: string; powod?: string }>;
}) {
  const locale = await currentLocale();
  const user = await requirePermission('learning:study-own', LIVE_LEARNER_PATH);
  const t = messages(locale).liveLearner;
  const q = await searchParams;
  const now = currentTime();
  const people = await learnersOf(user);
  // A parent lands on their first child; anyone may switch to themself.
  const learner = pickLearner(people, q.dla, user.roles.includes('PARENT'));
  const [upcoming, past, makeUps, feedAt, materials] = await Promise.all([
    upcomingFor(user, learner.id, now),
    pastFor(user, learner.id, now),
    makeUpChoicesFor(user, learner.id, now),
    feedCreatedAt(user.id),
    // pickLearner chose among learnersOf(user): the viewer themself or one of their children.
    learnerMaterials(learner.id),
  ]);
  const classes = upcoming.filter((s) => s.groupId !== null || s.booking);
  const freeSlots = upcoming.filter((s) => s.groupId === null && !s.booking);
  const reason = ROOM_REASONS.find((r) => r === q.powod);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="h1">{t.title}</h1>
        <p className="muted">{t.intro}</p>
      </div>
      {reason && (
        <Notice tone={reason === 'unavailable' ? 'warning' : 'error'} role="alert" data-testid="live-room-notice">
          {t.room[reason]}
        </Notice>
      )}
      {people.length > 1 && (
        <nav aria-label={t.childSwitcher} className="flex flex-wrap items-center gap-2" data-testid="live-switcher">
          <span className="text-sm font-medium">{t.childSwitcher}:</span>
          {people.map((p) => (
            <Link
              key={p.id}
              href={`${LIVE_LEARNER_PATH}?dla=${p.id}`}
              aria-current={p.id === learner.id ? 'page' : undefined}
              className={p.id === learner.id ? 'btn-primary' : 'btn-secondary'}
            >
              {p.self ? t.myself(p.name) : p.name}
            </Link>
          ))}
        </nav>
      )}
      <section className="space-y-3" aria-labelledby="live-upcoming">
        <h2 id="live-upcoming" className="h2">
          {t.upcoming}
        </h2>
        {classes.length === 0 ? (
          <p className="card muted">{t.none}</p>
        ) : (
          <ul className="space-y-3">
            {classes.map((s) => (
              <SessionItem key={s.sessionId} s={s} learnerId={learner.id} self={learner.id === user.id} now={now} />
            ))}
          </ul>
        )}
      </section>
      {freeSlots.length > 0 && (
        <section className="card space-y-3" aria-labelledby="live-slots">
          <h2 id="live-slots" className="h2">
            {t.slots}
          </h2>
          <p className="muted text-sm">{t.slotsIntro}</p>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {freeSlots.map((s) => (
              <li
                key={s.sessionId}
                className="flex items-center justify-between gap-2 rounded-lg border border-slate-200 p-3"
              >
                <span className="text-sm">
                  {formatDateTime(s.startsAt, locale)}
                  {s.teacher && <span className="muted block">{s.teacher}</span>}
                </span>
                <ActionForm
                  action={bookLiveSession}
                  hidden={{ learnerId: learner.id, sessionId: s.sessionId }}
                  submit={t.bookSlot}
                  buttonClass="btn-secondary"
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {makeUps.map((g) => (
        <section key={g.programme} className="card space-y-3" aria-labelledby={`make-up-${g.programme}`}>
          <h2 id={`make-up-${g.programme}`} className="h2">
            {t.makeUp}
          </h2>
          <p className="muted text-sm">{t.makeUpIntro}</p>
          {g.missed.length === 0 ? (
            <p className="text-sm">{t.makeUpNone}</p>
          ) : (
            <MakeUpForm
              learnerId={learner.id}
              missed={g.missed.map((m) => {
                const terms = makeUpTerms(m.startsAt, now);
                const note =
                  terms.charge === 'free'
                    ? t.makeUpFreeUntil(formatDateTime(terms.freeUntil, locale))
                    : t.makeUpChargedShort;
                return { value: m.sessionId, label: `${formatDateTime(m.startsAt, locale)} — ${m.title} (${note})` };
              })}
              targets={g.targets.map((s) => ({
                value: s.sessionId,
                label: `${formatDateTime(s.startsAt, locale)} — ${s.title} (${t.free(s.seatsLeft)})`,
              }))}
            />
          )}
        </section>
      ))}
      {materials.length > 0 && (
        <section className="card space-y-3" aria-labelledby="live-materials">
          <h2 id="live-materials" className="h2">
            {messages(locale).liveMaths.materials.title}
          </h2>
          <p className="muted text-sm">{messages(locale).liveMaths.materials.intro}</p>
          <MaterialsList
            items={materials.map((m) => ({
              ...m,
              label: messages(locale).liveMaths.materials.forSession(
                formatDateTime(m.session.startsAt, locale),
                m.session.group?.title ?? t.slot,
              ),
            }))}
          />
        </section>
      )}
      <PastSessions sessions={past} />
      <CalendarBox createdAt={feedAt ? formatDate(feedAt, locale) : null} />
    </div>
  );
}
