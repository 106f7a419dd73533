// The live classes of the learner's level, booked through lib/live's own session item (booking,
// waiting list, cut-off, joining), and the recordings of their classes for 30 days.
import { messages } from '@/lib/i18n';
import type { PastSession, UpcomingSession } from '@/lib/live/learner/overview';
import { SessionItem } from '@/components/live/session-item';
import { PastSessions } from '@/components/live/past-sessions';

export function ZoneLive({
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
  const t = messages().languageZone;
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
            {classes.map((s) => (
              <SessionItem key={s.sessionId} s={s} learnerId={learnerId} self now={now} />
            ))}
          </ul>
        )}
      </section>
      <div className="space-y-2">
        <p className="muted text-sm">{t.recordingsIntro}</p>
        <PastSessions sessions={past} />
      </div>
    </>
  );
}
