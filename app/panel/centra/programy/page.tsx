import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n';
import { panelProgrammes } from '@/lib/centres/panel/queries';
import { PANEL_CENTRES_PATH, PANEL_PROGRAMMES_PATH } from '@/lib/centres/paths';
import { PageHeader } from '@/components/forms/page-header';
import { ProgrammesTable } from '@/components/centres/panel/catalogue-tables';
import { ProgrammeForm } from '@/components/centres/panel/programme-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).centresPanel.programmes.title) };
}

// What the groups teach and for which ages; administrators add one below the list.
export default async function PanelProgrammesPage() {
  const locale = await currentLocale();
  const user = await requirePermission('panel:centres', PANEL_PROGRAMMES_PATH);
  const manage = can(user.roles, 'centres:manage');
  const m = messages(locale).centresPanel;
  return (
    <div className="space-y-6">
      <PageHeader
        title={m.programmes.title}
        intro={m.programmes.intro}
        back={{ href: PANEL_CENTRES_PATH, label: m.back }}
      />
      <ProgrammesTable rows={await panelProgrammes()} manage={manage} />
      {manage && (
        <section className="card space-y-4">
          <h2 className="h2">{m.programmes.newTitle}</h2>
          <ProgrammeForm values={{}} />
        </section>
      )}
    </div>
  );
}
