// The language school's levels A1…C1 as a path: each step says its state in words (not colour
// alone), the current level has a meter of its lessons, and a sentence sums it up.
import Link from 'next/link';
import type { LevelPath } from '@/lib/learning/dashboard/rules/level-path';
import { messages } from '@/lib/i18n';
import { ZONE_PATH } from '@/lib/language/zone/paths';
import { Meter } from '@/components/charts/meter';
import { currentLocale } from '@/lib/locale/current';
import { withContent, withContents } from '@/components/locale/with-content';
import { PROGRAMME_LANGUAGE } from '@/lib/language/programme-language';

const STEP: Record<string, string> = {
  passed: 'border-emerald-700 bg-emerald-50',
  current: 'border-brand-600 bg-brand-50 ring-2 ring-brand-100',
  open: 'border-brand-600 bg-white',
  locked: 'border-slate-300 bg-white',
  skipped: 'border-slate-300 bg-slate-50',
};

export async function LevelPathCard({ programme, path }: { programme: string; path: LevelPath }) {
  const locale = await currentLocale();
  const t = messages(locale).learning.dashboard;
  // The programme's and levels' titles are content, written in Polish.
  const label = (l: { cefr: string; title: string } | null) =>
    l && (
      <>
        {l.cefr} — <span lang={PROGRAMME_LANGUAGE}>{l.title}</span>
      </>
    );
  return (
    <section className="card space-y-4" aria-labelledby="learner-levels" data-testid="learner-levels">
      <div className="space-y-1">
        <h2 id="learner-levels" className="h2">
          {withContent(t.levels, <span lang={PROGRAMME_LANGUAGE}>{programme}</span>)}
        </h2>
        <p className="text-sm text-slate-700" data-testid="levels-summary">
          {withContents(
            (current, next) =>
              t.levelsSummary(path.passed, path.levels.length, path.current && current, path.next && next),
            [label(path.current), label(path.next)],
          )}
        </p>
      </div>
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        {path.levels.map((l) => (
          <li
            key={l.cefr}
            className={`rounded-lg border-2 p-3 ${STEP[l.kind] ?? STEP.locked}`}
            aria-current={l.kind === 'current' ? 'step' : undefined}
            data-testid="level-step"
          >
            <span className="block text-lg font-bold text-slate-900">
              {l.kind === 'passed' && <span aria-hidden="true">✓ </span>}
              {l.cefr}
            </span>
            <span className="block text-xs text-slate-700" lang={PROGRAMME_LANGUAGE}>
              {l.title}
            </span>
            <span className="mt-1 block text-xs font-semibold text-slate-800">{t.levelKind[l.kind]}</span>
          </li>
        ))}
      </ol>
      {path.current && path.current.total > 0 && (
        <Meter label={t.levelLessons(path.current.cefr)} value={path.current.done} max={path.current.total} />
      )}
      <Link href={ZONE_PATH} className="btn-secondary">
        {t.goToZone}
      </Link>
    </section>
  );
}
