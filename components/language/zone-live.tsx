// The live classes of the learner's level, booked through lib/live's own session item (booking,
// waiting list, cut-off, joining), and the recordings of their classes for 30 days.
import { messages } from '@/lib/i18n';
import type { PastSession, UpcomingSession } from '@/lib/live/learner/overview';
import { SessionItem } from '@/components/live/session-item';
import { PastSessions } from '@/components/live/past-sessions';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';
import { currentLocale } from '@/lib/locale/current';
import { PROGRAMME_LANGUAGE } from '@/lib/language/programme-language';

/** Unbooked terms shown here; the rest are a link away on /zajecia, so the zone stays short. */
const FREE_SHOWN = 3;

export async function ZoneLive({
  classes,
  past,
  learnerId,
  now,
}: {
  classes: UpcomingSession[];
  past: PastSession[];
  learnerId: string;
  now: Date;
}) {
  const locale = await currentLocale();
  const t = messages(locale).languageZone;
  const held = classes.filter((s) => s.booking !== null);
  const free = classes.filter((s) => s.booking === null);
  const shown = new Set([...held, ...free.slice(0, FREE_SHOWN)].map((s) => s.sessionId));
  const more = classes.length - shown.size;
  return (
    <>
      <section className="space-y-3" aria-labelledby="zone-live">
        <h2 id="zone-live" className="h2">
          {t.live}
        </h2>
        <p className="muted text-sm">{t.liveIntro}</p>
        {classes.length === 0 ? (
          <p className="card muted">{t.noLive}</p>
        ) : (
          <ul className="space-y-3">
            {classes
              .filter((s) => shown.has(s.sessionId))
              .map((s) => (
                <SessionItem
                  key={s.sessionId}
                  s={s}
                  learnerId={learnerId}
                  self
                  now={now}
                  contentLang={PROGRAMME_LANGUAGE}
                />
              ))}
          </ul>
        )}
        <p className="text-sm">
          {more > 0 && <span className="muted">{t.moreClasses(more)} · </span>}
          <a href={LIVE_LEARNER_PATH} className="link">
            {t.allClasses}
          </a>
        </p>
      </section>
      <div className="space-y-2">
        <p className="muted text-sm">{t.recordingsIntro}</p>
        <PastSessions sessions={past} />
      </div>
    </>
  );
}
