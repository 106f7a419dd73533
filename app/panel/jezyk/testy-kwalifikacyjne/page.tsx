import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n';
import { panelScope } from '@/lib/language/panel/scope';
import { placementResults } from '@/lib/language/panel/results';
import { LanguagePanelFrame } from '@/components/language/panel-frame';
import { LanguagePanelFilters, PANEL_SECTIONS } from '@/components/language/panel-nav';
import { PlacementTable } from '@/components/language/panel-results';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return {
    title: messages(locale).panel.pageTitle(messages(locale).languageOffice.panel.placements.title),
  };
}

// Every submitted placement test: the recommended level and the score per band.
export default async function PlacementResultsPage({
  searchParams,
}: {
  searchParams: Promise<{ program?: string; poziom?: string }>;
}) {
  const locale = await currentLocale();
  const user = await requirePermission('panel:language', PANEL_SECTIONS.placements);
  const { program, poziom } = await searchParams;
  const scope = await panelScope(program);
  const cefr = scope?.levels.find((l) => l.cefr === poziom)?.cefr;
  const t = messages(locale).languageOffice.panel.placements;
  return (
    <LanguagePanelFrame
      section="placements"
      title={t.title}
      intro={t.intro}
      office={can(user.roles, 'language:office')}
      empty={!scope}
    >
      {scope && (
        <>
          <LanguagePanelFilters levels={scope.levels.map((l) => l.cefr)} chosen={{ poziom: cefr }} search={false} />
          <PlacementTable rows={await placementResults(scope, { cefr })} />
        </>
      )}
    </LanguagePanelFrame>
  );
}
