import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { panelProgramme } from '@/lib/centres/panel/queries';
import { programmeFormValues } from '@/lib/centres/panel/forms';
import { PANEL_PROGRAMMES_PATH } from '@/lib/centres/paths';
import { PageHeader } from '@/components/forms/page-header';
import { ProgrammeForm } from '@/components/centres/panel/programme-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).centresPanel.programmes.title) };
}

export default async function EditProgrammePage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = await params;
  await requirePermission('centres:manage', `${PANEL_PROGRAMMES_PATH}/${id}`);
  const programme = await panelProgramme(id);
  if (!programme) notFound();
  const m = messages(locale).centresPanel;
  return (
    <div className="space-y-6">
      <PageHeader
        title={m.programmes.editTitle(programme.name)}
        back={{ href: PANEL_PROGRAMMES_PATH, label: m.programmes.title }}
      />
      <div className="card">
        <ProgrammeForm values={programmeFormValues(programme)} />
      </div>
    </div>
  );
}
