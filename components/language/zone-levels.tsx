// The zone's list of the programme's levels: each level's state, lessons done, the level test (score,
// and after a fail when it may be retaken) and, for a passed level, its certificate on request.
import Link from 'next/link';
import { messages, text, type Locale, type TextKey } from '@/lib/i18n';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { formatPercent } from '@/lib/format/percent';
import type { LevelTestState, ZoneLevel } from '@/lib/language/zone/levels';
import { ZoneCertificate } from './zone-certificate';
import { currentLocale } from '@/lib/locale/current';
import { PROGRAMME_LANGUAGE } from '@/lib/language/programme-language';

const BADGE = {
  passed: 'bg-green-100 text-green-900',
  current: 'bg-brand-50 text-brand-800',
  open: 'bg-brand-50 text-brand-800',
  locked: 'bg-slate-100 text-slate-700',
  skipped: 'bg-slate-100 text-slate-700',
} as const;

export function testStateText(s: LevelTestState, locale: Locale): string[] {
  const t = messages(locale).languageZone.test;
  switch (s.kind) {
    case 'not-taken':
      return [t.notTaken(s.passMark)];
    case 'open':
      return [t.inProgress];
    case 'passed':
      return [t.passed(formatPercent(s.percent, locale), formatDate(s.at, locale))];
    case 'failed':
      return [
        t.failed(formatPercent(s.percent, locale), s.passMark),
        s.retakeAt ? t.retakeAt(formatDateTime(s.retakeAt, locale)) : t.retakeNow,
      ];
    case 'no-attempts':
      return [t.noAttempts];
    case 'lessons':
      return [t.notTaken(s.passMark), t.lessonsFirst(s.remaining)];
  }
}

export async function ZoneLevels({ levels }: { levels: ZoneLevel[] }) {
  const locale = await currentLocale();
  const t = messages(locale).languageZone;
  return (
    <section className="space-y-3" aria-labelledby="zone-levels">
      <h2 id="zone-levels" className="h2">
        {t.levels}
      </h2>
      <ol className="grid gap-3 md:grid-cols-2">
        {levels.map((l, i) => (
          <li key={l.id} className="card space-y-2" data-testid="zone-level" data-cefr={l.cefr} data-kind={l.kind}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="text-lg font-semibold" lang={PROGRAMME_LANGUAGE}>
                {t.levelName(l.cefr, l.title)}
              </h3>
              <span className={`rounded-full px-2 py-0.5 text-sm ${BADGE[l.kind]}`}>{t.kind[l.kind]}</span>
            </div>
            <p className="muted text-sm">
              {t.hours(l.hours)}
              {l.enrolment && ` · ${t.lessonsDone(l.lessons.done, l.lessons.total)}`}
            </p>
            {l.kind === 'locked' && levels[i - 1]?.kind !== 'passed' && <p className="muted text-sm">{t.lockedHint}</p>}
            {l.kind === 'locked' && levels[i - 1]?.kind === 'passed' && (
              <p className="text-sm">
                {t.signUpNextHint}{' '}
                <Link className="link" href={`/jezyk-polski/zapisy?poziom=${l.cefr}`}>
                  {t.signUpNext(l.cefr)}
                </Link>
              </p>
            )}
            {l.test && (
              <div className="text-sm" data-testid="zone-test-state">
                <span className="font-medium">{t.test.label}: </span>
                {testStateText(l.test, locale).join(' ')}
              </div>
            )}
            {l.lastRequest?.status === 'REFUSED' && !l.certificate && (
              <div className="text-sm" data-testid="zone-certificate-refused">
                <p>{t.certificate.lastRefused(formatDateTime(l.lastRequest.requestedAt, locale))}</p>
                <ul className="list-disc pl-5">
                  {l.lastRequest.reasons.map((r) => (
                    <li key={r}>{text(r as TextKey, locale)}</li>
                  ))}
                </ul>
              </div>
            )}
            {l.kind === 'passed' && <ZoneCertificate level={l} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
