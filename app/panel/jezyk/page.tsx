import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n';
import { LANGUAGE_PANEL_PATH } from '@/lib/language/office/paths';
import { panelScope } from '@/lib/language/panel/scope';
import { languageRoster } from '@/lib/language/panel/roster';
import { LanguagePanelFrame } from '@/components/language/panel-frame';
import { LanguagePanelFilters } from '@/components/language/panel-nav';
import { LanguageRoster } from '@/components/language/panel-roster';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).languageOffice.panel.title) };
}

// Staff and teachers: the programme's learners under the level they are on.
export default async function LanguagePanelPage({
  searchParams,
}: {
  searchParams: Promise<{ program?: string; poziom?: string; q?: string }>;
}) {
  const locale = await currentLocale();
  const user = await requirePermission('panel:language', LANGUAGE_PANEL_PATH);
  const { program, poziom, q } = await searchParams;
  const scope = await panelScope(program);
  const cefr = scope?.levels.find((l) => l.cefr === poziom)?.cefr;
  const office = can(user.roles, 'language:office');
  const t = messages(locale).languageOffice.panel;
  return (
    <LanguagePanelFrame section="roster" title={t.title} intro={t.intro} office={office} empty={!scope}>
      {scope && (
        <>
          <LanguagePanelFilters levels={scope.levels.map((l) => l.cefr)} chosen={{ poziom: cefr, q }} />
          <LanguageRoster groups={await languageRoster(scope, { cefr, q })} office={office} />
        </>
      )}
    </LanguagePanelFrame>
  );
}
