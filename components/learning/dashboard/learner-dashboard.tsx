// The top of "Moje kursy": tiles (courses in progress, lessons done, tests passed, the next class),
// a meter per course, the language school's level path and the lessons of the last weeks.
import Link from 'next/link';
import type { LearnerDashboard } from '@/lib/learning/dashboard/learner-dashboard';
import { formatClassTime, formatClassTimeShort, formatWeekStart } from '@/lib/families/dashboard/format';
import type { BarSpec } from '@/lib/charts/spec';
import { messages } from '@/lib/i18n';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';
import { StatTiles, type StatTile } from '@/components/charts/stat-tile';
import { Meter } from '@/components/charts/meter';
import { Chart } from '@/components/charts/chart';
import { LevelPathCard } from './level-path';
import { currentLocale } from '@/lib/locale/current';

export async function LearnerDashboardSection({ dashboard: d }: { dashboard: LearnerDashboard }) {
  const locale = await currentLocale();
  const t = messages(locale).learning.dashboard;
  const done = d.courses.reduce((s, c) => s + c.done, 0);
  const total = d.courses.reduce((s, c) => s + c.total, 0);
  const inProgress = d.courses.filter((c) => c.state === 'active' && !c.passed).length;
  const passed = d.courses.filter((c) => c.passed).length;
  const n = d.nextClass;
  const tiles: StatTile[] = [
    { label: t.inProgress, value: inProgress, hint: t.inProgressHint(d.courses.length), tone: 'primary' },
    { label: t.lessonsDone, value: done, hint: t.lessonsDoneHint(total), tone: 'good' },
    { label: t.testsPassed, value: passed, hint: t.testsPassedHint, tone: passed > 0 ? 'good' : 'neutral' },
    n
      ? {
          label: t.nextClass,
          value: formatClassTimeShort(n.startsAt, locale),
          hint: n.title ?? n.course ?? undefined,
          hintLang: 'pl',
          href: LIVE_LEARNER_PATH,
          tone: 'primary',
        }
      : { label: t.nextClass, value: t.nextClassNone, hint: t.nextClassNoneHint, href: LIVE_LEARNER_PATH },
  ];
  const weekTotal = d.weeks.reduce((s, w) => s + w.count, 0);
  const spec: BarSpec = {
    kind: 'bar',
    bars: d.weeks.map((w) => ({ label: formatWeekStart(w.week), value: w.count, tone: 'primary' })),
    valueLabel: t.lessonsColumn,
    categoryLabel: t.weekColumn,
  };
  return (
    <div className="space-y-6" data-testid="learner-dashboard">
      <StatTiles tiles={tiles} label={t.tilesLabel} />
      {d.language && <LevelPathCard programme={d.language.programme} path={d.language.path} />}
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <section className="card space-y-4" aria-labelledby="learner-progress">
          <div className="space-y-1">
            <h2 id="learner-progress" className="h2">
              {t.progress}
            </h2>
            <p className="text-sm text-slate-700">{t.progressSummary(done, total, d.courses.length)}</p>
          </div>
          <ul className="space-y-3" data-testid="learner-meters">
            {d.courses.map((c) => (
              <li key={c.slug}>
                <Meter
                  label={c.title}
                  labelLang={c.language}
                  suffix={c.passed ? t.testPassed : undefined}
                  value={c.done}
                  max={c.total}
                  tone={c.passed ? 'good' : 'primary'}
                />
              </li>
            ))}
          </ul>
        </section>
        <div className="space-y-6">
          <section className="card space-y-2" aria-labelledby="learner-next-class" data-testid="learner-next-class">
            <h2 id="learner-next-class" className="h2">
              {t.nextClassHeading}
            </h2>
            {n ? (
              <p>
                <span className="block text-lg font-semibold text-slate-900">
                  {formatClassTime(n.startsAt, locale)}
                </span>
                {/* The class group's (or course's) title is content, written in Polish. */}
                <span className="block text-slate-800" lang="pl">
                  {n.title ?? n.course}
                </span>
                <span className="block text-sm text-slate-600">
                  {[n.teacher && t.nextClassWith(n.teacher), n.place ?? t.online].filter(Boolean).join(' · ')}
                </span>
              </p>
            ) : (
              <p className="text-sm text-slate-700">{t.nextClassNoneText}</p>
            )}
            <Link href={LIVE_LEARNER_PATH} className="link text-sm">
              {t.allClasses}
            </Link>
          </section>
          <Chart
            title={t.weeksTitle}
            summary={t.weeksSummary(d.weeks.length, weekTotal, d.weeks.at(-1)?.count ?? 0)}
            spec={spec}
          />
        </div>
      </div>
      <h2 className="h2">{t.coursesHeading}</h2>
    </div>
  );
}
