// The sessions of the last 30 days the learner booked or attended, each with its recording while
// it is visible ("dostępne do <data>"); after 30 days the link is gone.
import { messages } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format/time';
import type { PastSession } from '@/lib/live/learner/overview';
import { currentLocale } from '@/lib/locale/current';

export async function PastSessions({ sessions }: { sessions: PastSession[] }) {
  const locale = await currentLocale();
  const t = messages(locale).liveLearner;
  return (
    <section className="space-y-3" aria-labelledby="live-past">
      <h2 id="live-past" className="h2">
        {t.past}
      </h2>
      {sessions.length === 0 ? (
        <p className="card muted">{t.noPast}</p>
      ) : (
        <ul className="card divide-y divide-slate-200 p-0">
          {sessions.map((s) => (
            <li key={s.sessionId} className="space-y-1 px-6 py-4" data-testid="live-past-session">
              <p className="font-medium">
                {formatDateTime(s.startsAt, locale)} — {s.title ?? t.slot}
              </p>
              {s.recordings.length === 0 ? (
                <p className="muted text-sm">{t.noRecording}</p>
              ) : (
                s.recordings.map((r) => (
                  <p key={r.id} className="text-sm">
                    <a
                      href={r.playbackUrl}
                      className="link"
                      target="_blank"
                      rel="noreferrer"
                      data-testid="live-recording"
                    >
                      {t.recording}
                    </a>{' '}
                    <span className="muted">{t.recordingUntil(formatDateTime(r.expiresAt, locale))}</span>
                  </p>
                ))
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
