// The frame of every language panel page: its title, the section tabs and, when there is no
// programme yet, the notice instead of the page's content.
import type { ReactNode } from 'react';
import { messages } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { PageHeader } from '@/components/forms/page-header';
import { LanguagePanelTabs, type PanelSection } from './panel-nav';
import { currentLocale } from '@/lib/locale/current';

export async function LanguagePanelFrame({
  section,
  title,
  intro,
  office,
  empty,
  children,
}: {
  section: PanelSection;
  title: string;
  intro: string;
  office: boolean;
  empty: boolean;
  children: ReactNode;
}) {
  const locale = await currentLocale();
  return (
    <div className="space-y-4">
      <PageHeader title={title} intro={intro} />
      <LanguagePanelTabs current={section} office={office} />
      {empty ? <Notice tone="info">{messages(locale).languageOffice.panel.noProgramme}</Notice> : children}
    </div>
  );
}
