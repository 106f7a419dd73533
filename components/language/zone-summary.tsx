// The top of the zone: the programme, the learner's current level and its level test, with the
// way to the test while access is open; or that every level is passed.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import type { Zone } from '@/lib/language/zone/zone-page';
import { testStateText } from './zone-levels';
import { currentLocale } from '@/lib/locale/current';
import { PROGRAMME_LANGUAGE } from '@/lib/language/programme-language';
import { withContent } from '@/components/locale/with-content';

export async function ZoneSummary({ zone }: { zone: Zone }) {
  const locale = await currentLocale();
  const t = messages(locale).languageZone;
  const c = zone.current;
  const done = zone.levels.length > 0 && zone.levels.every((l) => l.kind === 'passed');
  const mayTest = zone.access.kind === 'open' && c?.kind === 'current' && c.test?.kind !== 'no-attempts';
  return (
    <section className="card space-y-2" aria-labelledby="zone-current" data-testid="zone-summary">
      <p className="muted text-sm">
        {withContent(t.programme, <span lang={PROGRAMME_LANGUAGE}>{zone.programme.title}</span>)}
      </p>
      <h2 id="zone-current" className="h2">
        {c
          ? withContent(t.currentLevel, <span lang={PROGRAMME_LANGUAGE}>{t.levelName(c.cefr, c.title)}</span>)
          : t.levels}
      </h2>
      {done && <p>{t.allPassed}</p>}
      {c?.test && !done && (
        <p className="text-sm">
          <span className="font-medium">{t.test.label}: </span>
          {testStateText(c.test, locale).join(' ')}
        </p>
      )}
      {mayTest && (
        <Link href={`/nauka/${c.courseSlug}/test`} className="btn-secondary" data-testid="zone-level-test">
          {t.test.start}
        </Link>
      )}
    </section>
  );
}
