import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n';
import { panelScope } from '@/lib/language/panel/scope';
import { levelTestResults } from '@/lib/language/panel/results';
import { LanguagePanelFrame } from '@/components/language/panel-frame';
import { LanguagePanelFilters, PANEL_SECTIONS } from '@/components/language/panel-nav';
import { LevelTestTable } from '@/components/language/panel-results';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return {
    title: messages(locale).panel.pageTitle(messages(locale).languageOffice.panel.levelTests.title),
  };
}

const RESULTS = ['passed', 'failed'] as const;

// Every submitted level-test attempt, filtered by level, result and learner.
export default async function LevelTestResultsPage({
  searchParams,
}: {
  searchParams: Promise<{ program?: string; poziom?: string; wynik?: string; q?: string }>;
}) {
  const locale = await currentLocale();
  const user = await requirePermission('panel:language', PANEL_SECTIONS.levelTests);
  const { program, poziom, wynik, q } = await searchParams;
  const scope = await panelScope(program);
  const cefr = scope?.levels.find((l) => l.cefr === poziom)?.cefr;
  const result = RESULTS.find((r) => r === wynik);
  const t = messages(locale).languageOffice.panel;
  return (
    <LanguagePanelFrame
      section="levelTests"
      title={t.levelTests.title}
      intro={t.levelTests.intro}
      office={can(user.roles, 'language:office')}
      empty={!scope}
    >
      {scope && (
        <>
          <LanguagePanelFilters
            levels={scope.levels.map((l) => l.cefr)}
            chosen={{ poziom: cefr, wynik: result, q }}
            extra={{
              name: 'wynik',
              label: t.filters.status,
              choices: RESULTS.map((r) => ({ code: r, label: t.levelTests[r] })),
            }}
          />
          <LevelTestTable rows={await levelTestResults(scope, { cefr, result, q })} />
        </>
      )}
    </LanguagePanelFrame>
  );
}
